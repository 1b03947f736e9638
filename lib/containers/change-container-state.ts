import { recordAudit } from '../audit/record-audit';
import { publishEvent } from '../events/publish';
import { onEngine } from './engine-errors';
import { findContainer } from './find-container';
import { getContainer } from './get-container';
import type { ContainerSummary } from './summarize-container';

export const CONTAINER_ACTIONS = ['start', 'stop', 'restart'] as const;
export type ContainerAction = (typeof CONTAINER_ACTIONS)[number];

/** Docker answers 304 for start-when-running and stop-when-stopped: the wish already holds. */
function alreadyThere(error: unknown): boolean {
  return (error as { statusCode?: number })?.statusCode === 304;
}

/**
 * Starts, stops or restarts one of Buddy's containers and records who did it. A failure is
 * recorded too (decision "denied" with the engine's reason), then rethrown as a typed error.
 */
export async function changeContainerState(
  name: string,
  action: ContainerAction,
  actor: string,
): Promise<ContainerSummary> {
  const container = await findContainer(name);
  try {
    await onEngine(async () => {
      try {
        if (action === 'start') await container.start();
        else if (action === 'stop') await container.stop({ t: 10 });
        else await container.restart({ t: 10 });
      } catch (error) {
        if (!alreadyThere(error)) throw error;
      }
    }, name);
  } catch (error) {
    await recordAudit({
      actor,
      action: `containers.${action}`,
      target: name,
      decision: 'denied',
      reason: (error as Error).message,
    });
    throw error;
  }
  await recordAudit({ actor, action: `containers.${action}`, target: name, decision: 'allowed' });
  await publishEvent('containers', action, name);
  return getContainer(name);
}
