import { env } from '../env';
import { onEngine } from './engine-errors';
import { findContainer } from './find-container';
import { type ContainerSummary, summarizeContainer } from './summarize-container';

export async function getContainer(name: string): Promise<ContainerSummary> {
  const container = await findContainer(name);
  const info = await onEngine(() => container.inspect(), name);
  return summarizeContainer(info, env().BUDDY_DOCKER_NETWORK);
}
