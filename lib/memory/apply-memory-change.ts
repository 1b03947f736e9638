import { ConflictError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { loadEntry } from './load-entry';
import { contentHash, encodeTags } from './normalize-text';
import { recordVersion } from './record-version';
import { announceMemoryChange } from './announce-memory-change';

/**
 * An approved proposal to change an existing entry: applied only while the entry is still at the
 * version the proposal was made against (a later edit makes the approval a conflict, never an
 * overwrite). Idempotent: the version it wrote carries the proposal's id, so a second apply is a no-op.
 */
export async function applyMemoryChange(
  proposal: { itemId: string; entryId: string; baseVersion: number; content: string; category: string; tags: string[] },
  actor: string,
): Promise<{ entryId: string }> {
  const db = await getDb();
  const note = `proposal ${proposal.itemId}`;
  const changed = await db.$transaction(async (tx) => {
    const done = await tx.memoryVersion.findFirst({ where: { entryId: proposal.entryId, note }, select: { id: true } });
    if (done) return false;
    const current = await loadEntry(tx, proposal.entryId);
    if (current.deletedAt || current.mergedIntoId || current.version !== proposal.baseVersion) {
      throw new ConflictError(
        `Memory entry ${proposal.entryId} changed since this was proposed (version ${proposal.baseVersion}, now ${current.version}).`,
      );
    }
    const result = await tx.memoryEntry.updateMany({
      where: { id: proposal.entryId, version: proposal.baseVersion },
      data: {
        content: proposal.content,
        contentHash: contentHash(proposal.content),
        category: proposal.category,
        tags: encodeTags(proposal.tags),
        version: { increment: 1 },
      },
    });
    if (result.count !== 1) throw new ConflictError(`Memory entry ${proposal.entryId} changed while applying.`);
    await recordVersion(tx, await loadEntry(tx, proposal.entryId), {
      kind: 'edit',
      changed: ['content'],
      by: actor,
      note,
    });
    return true;
  });
  if (changed) {
    await recordAudit({
      actor,
      action: 'memory.update',
      target: proposal.entryId,
      details: { proposal: proposal.itemId },
    });
    await announceMemoryChange('updated', proposal.entryId);
  }
  return { entryId: proposal.entryId };
}
