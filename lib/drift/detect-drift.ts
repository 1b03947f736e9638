import type Docker from 'dockerode';
import { readFile } from 'node:fs/promises';
import { env } from '../env';
import { readChangelogFindings } from './changelog/read-changelog-findings';
import { type Actual, collectActual } from './collectors/collect-all';
import { compareContainers } from './compare/containers';
import { compareJobs } from './compare/jobs';
import { compareNames } from './compare/lists';
import { parseArchitecture } from './declared/parse-architecture';
import type { Declared } from './declared/schema';
import { withIds } from './fingerprint';
import { driftRoots } from './roots';
import { type Collected, collectorError, type DriftFinding, type Finding } from './types';

/** Pure: the findings for a declared side and an observed side. */
export function compare(declared: Declared, actual: Actual): Finding[] {
  const out: Finding[] = [];
  const when = <T>(section: unknown, got: Collected<T>, name: string, what: string, fn: (value: T) => Finding[]) => {
    if (!got.ok) out.push(collectorError(name, what, got.error));
    else if (section !== undefined) out.push(...fn(got.value));
  };
  when(declared.containers, actual.containers, 'docker', 'Containers could not be observed', (v) =>
    compareContainers(declared.containers ?? {}, v),
  );
  when(declared.jobs, actual.jobs, 'redis', 'Job schedulers could not be observed', (v) =>
    compareJobs(declared.jobs ?? {}, v, env().BUDDY_TZ),
  );
  when(declared.skills, actual.skills, 'skills', 'Skills could not be listed', (v) =>
    declared.skills && declared.skills.count !== v.length
      ? [
          {
            resource: 'skills.all',
            fieldPath: 'count',
            kind: 'changed',
            severity: 'low',
            declared: declared.skills.count,
            actual: v.length,
            message: `present: ${v.join(', ') || 'none'}`,
            patch: { op: 'set', path: ['skills', 'count'], value: v.length },
          },
        ]
      : [],
  );
  when(declared.extensions, actual.extensions, 'extensions', 'Extensions could not be listed', (v) =>
    compareNames({
      type: 'extension',
      listPath: ['extensions'],
      declared: declared.extensions ?? [],
      actual: v,
      severity: 'high',
    }),
  );
  when(declared.secrets, actual.secrets, 'secrets', 'Secrets could not be listed', (v) =>
    compareNames({
      type: 'secret',
      listPath: ['secrets'],
      declared: declared.secrets ?? [],
      actual: v,
      severity: 'high',
    }),
  );
  when(declared.workspace, actual.layers, 'workspace', 'Workspace layers could not be listed', (v) =>
    compareNames({
      type: 'workspace',
      listPath: ['workspace', 'layers'],
      declared: declared.workspace?.layers ?? [],
      actual: v,
      severity: 'medium',
    }),
  );
  when(declared.buddy, actual.buddyVersion, 'buddy', "Buddy's version could not be read", (v) =>
    declared.buddy && declared.buddy.version !== v
      ? [
          {
            resource: 'buddy.self',
            fieldPath: 'version',
            kind: 'changed',
            severity: 'low',
            declared: declared.buddy.version,
            actual: v,
            patch: { op: 'set', path: ['buddy', 'version'], value: v },
          },
        ]
      : [],
  );
  return out;
}

export type Detection = {
  findings: DriftFinding[];
  documentVersion: string | null;
  markdown: string | null;
  /** The changelog as read (null when it could not be read). */
  changelog: string | null;
};

/**
 * Reads the page and the changelog, observes reality and compares both with it. Never throws for an
 * unreachable dependency.
 */
export async function detectDrift(opts: { dockerClient?: Docker } = {}): Promise<Detection> {
  const roots = driftRoots();
  let markdown: string | null = null;
  try {
    markdown = await readFile(roots.architectureFile, 'utf8');
  } catch (error) {
    const missing: Finding = {
      resource: 'document.architecture',
      fieldPath: '',
      kind: 'missing',
      severity: 'high',
      declared: roots.architectureFile,
      actual: null,
      message: `cannot read the architecture page: ${(error as Error).message}`,
    };
    return { findings: withIds([missing]), documentVersion: null, markdown, changelog: null };
  }
  const parsed = parseArchitecture(markdown);
  const actual = await collectActual(roots, opts.dockerClient);
  const pageFindings = [...parsed.findings, ...compare(parsed.declared, actual)];
  const documentVersion = parsed.declared.version ?? null;
  const changelog = await readChangelogFindings({
    file: roots.changelogFile,
    pageVersion: documentVersion,
    actual,
    pageFindings,
  });
  return {
    findings: withIds([...pageFindings, ...changelog.findings]),
    documentVersion,
    markdown,
    changelog: changelog.markdown,
  };
}
