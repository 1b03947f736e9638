import { NotFoundError } from '../api/errors';
import type { MemoryTx } from './record-version';

export async function loadEntry(tx: MemoryTx, id: string) {
  const entry = await tx.memoryEntry.findUnique({ where: { id } });
  if (!entry) throw new NotFoundError(`No memory entry ${id}.`);
  return entry;
}
