import type Docker from 'dockerode';
import { ConflictError, NotFoundError, ValidationError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { docker } from '../docker/client';
import { env } from '../env';
import { publishEvent } from '../events/publish';
import { engineError, onEngine } from './engine-errors';
import { getContainer } from './get-container';
import { type SandboxSpecInput, sandboxSpec } from './sandbox-spec';
import type { ContainerSummary } from './summarize-container';

/**
 * Creates and starts the standalone sandbox with the hardened settings. Defaults come from the
 * environment; tests and the benchmark override image, name, network and publishing.
 */
export async function createSandbox(
  actor: string,
  overrides: Partial<SandboxSpecInput> = {},
): Promise<ContainerSummary> {
  const e = env();
  const tokenHostPath = overrides.tokenHostPath ?? e.BUDDY_SANDBOX_TOKEN_HOST_PATH;
  if (!tokenHostPath)
    throw new ValidationError('Set BUDDY_SANDBOX_TOKEN_HOST_PATH to the host file holding the sandbox token.');
  const input: SandboxSpecInput = {
    image: e.BUDDY_SANDBOX_IMAGE,
    name: e.BUDDY_SANDBOX_NAME,
    network: e.BUDDY_SANDBOX_NETWORK ?? e.BUDDY_DOCKER_NETWORK,
    workspaceHostPath: e.BUDDY_HOST_WORKSPACE,
    scope: e.BUDDY_DOCKER_SCOPE,
    ...overrides,
    tokenHostPath,
  };
  const engine = await docker();
  // The socket proxy in compose refuses image and network endpoints (403): then the pre-checks
  // are skipped and the create call itself reports what is missing.
  const refused = (error: unknown) => (error as { statusCode?: number }).statusCode === 403;
  try {
    await engine.getImage(input.image).inspect();
  } catch (error) {
    const typed = engineError(error);
    if (refused(error)) return createAndStart(engine, input, actor);
    if (typed.status !== 404) throw typed;
    throw new NotFoundError(
      `The sandbox image "${input.image}" is not on this engine. Build it: docker build -t ${input.image} docker/sandbox`,
    );
  }
  try {
    await engine.getNetwork(input.network).inspect();
  } catch (error) {
    const typed = engineError(error);
    if (refused(error)) return createAndStart(engine, input, actor);
    if (typed.status !== 404) throw typed;
    throw new ConflictError(
      `Buddy's network "${input.network}" does not exist. Start the compose stack first (docker compose up -d).`,
    );
  }
  return createAndStart(engine, input, actor);
}

async function createAndStart(engine: Docker, input: SandboxSpecInput, actor: string): Promise<ContainerSummary> {
  const container = await onEngine(() => engine.createContainer(sandboxSpec(input)));
  await onEngine(() => container.start());
  await recordAudit({ actor, action: 'containers.create', target: input.name, details: { image: input.image } });
  await publishEvent('containers', 'created', input.name);
  return getContainer(input.name);
}
