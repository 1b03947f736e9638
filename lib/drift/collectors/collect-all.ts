import type Docker from 'dockerode';
import type { driftRoots } from '../roots';
import type { Collected } from '../types';
import { collectBuddyVersion } from './buddy-version';
import { collectContainers } from './containers';
import { collectExtensions, collectSecrets, collectSkills, collectWorkspaceLayers } from './folders';
import { collectJobSchedulers } from './job-schedulers';

const TIMEOUT_MS = 15_000;

/** A collector that hangs (an engine that accepts but never answers) must not hang the check. */
async function bounded<T>(what: string, work: Promise<Collected<T>>): Promise<Collected<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Collected<T>>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: `${what} did not answer within ${TIMEOUT_MS / 1000} s` }),
      TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function collectActual(roots: ReturnType<typeof driftRoots>, dockerClient?: Docker) {
  const [containers, jobs, skills, extensions, secrets, layers, buddyVersion] = await Promise.all([
    bounded('Docker engine', collectContainers(roots.containerLabels, dockerClient)),
    bounded('Redis', collectJobSchedulers()),
    collectSkills(roots.skillsDir),
    collectExtensions(roots.extensionsDir),
    collectSecrets(roots.secretsDir),
    collectWorkspaceLayers(roots.workspaceDir),
    collectBuddyVersion(roots.packageJson),
  ]);
  return { containers, jobs, skills, extensions, secrets, layers, buddyVersion };
}
export type Actual = Awaited<ReturnType<typeof collectActual>>;
