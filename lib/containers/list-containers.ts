import { docker } from '../docker/client';
import { env } from '../env';
import { onEngine } from './engine-errors';
import { buddyLabelFilters } from './labels';
import { type ContainerSummary, summarizeContainer } from './summarize-container';

/** Buddy's containers (found by label), each inspected and audited, sorted by component then name. */
export async function listContainers(): Promise<ContainerSummary[]> {
  const engine = await docker();
  const found = await onEngine(() => engine.listContainers({ all: true, filters: { label: buddyLabelFilters() } }));
  const network = env().BUDDY_DOCKER_NETWORK;
  const inspected = await Promise.all(
    found.map((c) =>
      engine
        .getContainer(c.Id)
        .inspect()
        .catch(() => null),
    ),
  );
  // A container removed between list and inspect simply drops out of the answer.
  return inspected
    .filter((info) => info !== null)
    .map((info) => summarizeContainer(info, network))
    .sort((a, b) => a.component.localeCompare(b.component) || a.name.localeCompare(b.name));
}
