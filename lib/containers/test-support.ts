import { randomBytes } from 'node:crypto';
import type Docker from 'dockerode';
import { docker } from '../docker/client';
import { resetEnvForTests } from '../env';
import { COMPONENT_LABEL, SCOPE_LABEL } from './labels';

/** The local base image built by scripts/ensure-docker.sh. */
export const TEST_BASE_IMAGE = process.env.BUDDY_TEST_BASE_IMAGE ?? 'buddy-ct-base:local';
export const TEST_SANDBOX_IMAGE = process.env.BUDDY_SANDBOX_TEST_IMAGE ?? 'buddy-ct-sandbox:test';

/**
 * A private corner of the shared engine for one test file: a unique scope label, name prefix and
 * bridge network, so tests only ever see and remove what they created.
 */
export async function dockerTestScope() {
  const id = randomBytes(4).toString('hex');
  const scope = `buddy-test-${id}`;
  const network = `${scope}-net`;
  process.env.BUDDY_DOCKER_SCOPE = scope;
  process.env.BUDDY_DOCKER_NETWORK = network;
  resetEnvForTests();
  await (await docker()).createNetwork({ Name: network, Driver: 'bridge', Labels: { [SCOPE_LABEL]: scope } });

  const create = async (suffix: string, component: string, options: Partial<Docker.ContainerCreateOptions> = {}) => {
    const container = await (await docker()).createContainer({
      Image: TEST_BASE_IMAGE,
      ...options,
      name: `${scope}-${suffix}`,
      Labels: { [COMPONENT_LABEL]: component, [SCOPE_LABEL]: scope, ...options.Labels },
    });
    return { container, name: `${scope}-${suffix}` };
  };

  const cleanup = async () => {
    const engine = await docker();
    const mine = await engine.listContainers({ all: true, filters: { label: [`${SCOPE_LABEL}=${scope}`] } });
    await Promise.all(
      mine.map((c) =>
        engine
          .getContainer(c.Id)
          .remove({ force: true })
          .catch(() => undefined),
      ),
    );
    await engine
      .getNetwork(network)
      .remove()
      .catch(() => undefined);
  };
  return { id, scope, network, create, cleanup };
}

/** A health check that always passes (CIS 5.27 asks for one; the container's own is beside the point here). */
export const TRIVIAL_HEALTHCHECK: Docker.ContainerCreateOptions['Healthcheck'] = {
  Test: ['CMD', 'true'],
  Interval: 30e9,
  Timeout: 5e9,
  Retries: 3,
};

/** Hardened settings that pass every check (the good example; add TRIVIAL_HEALTHCHECK to the create options). */
export function hardenedHostConfig(network: string): Docker.HostConfig {
  return {
    CapDrop: ['ALL'],
    SecurityOpt: ['no-new-privileges:true'],
    Memory: 64 * 1024 * 1024,
    PidsLimit: 32,
    ReadonlyRootfs: true,
    CpuShares: 512,
    RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 5 },
    NetworkMode: network,
    // A real init forwards SIGTERM, so stop and restart do not wait out the grace period.
    Init: true,
  };
}
