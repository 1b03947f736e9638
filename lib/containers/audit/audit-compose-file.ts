import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { ValidationError } from '../../api/errors';
import { env } from '../../env';
import { subjectFromCompose } from './from-compose';
import { interpolateCompose } from './interpolate';
import type { AuditReport } from './model';
import { auditSubject } from './summarize';

/** Audits every service of a compose file (Buddy's docker-compose.yml unless told otherwise). */
export async function auditComposeFile(
  file = env().BUDDY_COMPOSE_FILE,
  network = env().BUDDY_DOCKER_NETWORK,
  vars: Record<string, string | undefined> = { BUDDY_STACK_NAME: env().BUDDY_STACK_NAME },
): Promise<AuditReport[]> {
  const text = interpolateCompose(await readFile(path.resolve(file), 'utf8'), vars);
  let doc: unknown;
  try {
    // Compose files use YAML merge keys (<<: *anchor) for shared settings.
    doc = parse(text, { merge: true });
  } catch (error) {
    throw new ValidationError(`${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof doc !== 'object' || doc === null || typeof (doc as { services?: unknown }).services !== 'object') {
    throw new ValidationError(`${file} has no services.`);
  }
  const compose = doc as Record<string, unknown> & { services: Record<string, Record<string, unknown>>; name?: string };
  const project = compose.name ?? path.basename(path.dirname(path.resolve(file)));
  return Object.entries(compose.services).map(([name, service]) =>
    auditSubject(subjectFromCompose(name, service ?? {}, compose, project), network),
  );
}
