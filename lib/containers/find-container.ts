import type Docker from 'dockerode';
import { NotFoundError } from '../api/errors';
import { docker } from '../docker/client';
import { onEngine } from './engine-errors';
import { buddyLabelFilters } from './labels';

/**
 * One of Buddy's containers by name. Anything without Buddy's labels is "not found", so the
 * dashboard can never be used to stop or read a container that is not part of Buddy.
 */
export async function findContainer(name: string): Promise<Docker.Container> {
  const engine = await docker();
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = await onEngine(() =>
    engine.listContainers({ all: true, filters: { label: buddyLabelFilters(), name: [`^/${escaped}$`] } }),
  );
  const match = found[0];
  if (!match) throw new NotFoundError(`No Buddy container named "${name}".`);
  return engine.getContainer(match.Id);
}
