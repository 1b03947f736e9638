import { getDb } from '../db/client';
import { applyMemoryChange } from './apply-memory-change';
import { createMemoryEntry, type Provenance } from './create-memory-entry';
import { mergeMemoryEntries } from './merge-memory-entries';
import type { MemoryResolution, ProposalMetadata } from './schemas';

function provenanceOf(
  item: { id: string; sourceRunId: string | null; createdBy: string },
  sessionId?: string,
): Provenance {
  if (item.sourceRunId)
    return { kind: 'job-run', id: item.sourceRunId, createdBy: item.createdBy, stagedItemId: item.id };
  if (item.createdBy.startsWith('agent:')) {
    return {
      kind: 'agent-session',
      id: sessionId ?? item.createdBy.slice('agent:'.length),
      createdBy: item.createdBy,
      stagedItemId: item.id,
    };
  }
  return { kind: 'owner', id: item.createdBy, createdBy: item.createdBy, stagedItemId: item.id };
}

/**
 * The approval effect of a 'memory-proposal' staged item: the proposal becomes an entry whose
 * provenance is the job run or agent session that proposed it; a proposal naming an existing entry
 * (a workspace edit of an owner's entry) changes that entry instead. With 'merge' or 'replace' the new
 * entry is at once merged into the chosen one (which keeps its id, pin and history and gains the
 * provenance and tags; 'replace' also gives it the proposal's text), so nothing is lost and the
 * merged-away entry records where it went. Idempotent: approving the same item twice returns the
 * entry made the first time.
 */
export async function applyMemoryProposal(
  item: { id: string; metadata: ProposalMetadata; sourceRunId: string | null; createdBy: string },
  decidedBy = 'owner',
): Promise<{ entryId: string }> {
  const db = await getDb();
  const existing = await db.memoryEntry.findUnique({
    where: { stagedItemId: item.id },
    select: { id: true, mergedIntoId: true },
  });
  if (existing) return { entryId: existing.mergedIntoId ?? existing.id };
  const { content, category, tags, sessionId, entryId, baseVersion } = item.metadata;
  if (entryId && baseVersion)
    return applyMemoryChange({ itemId: item.id, entryId, baseVersion, content, category, tags }, decidedBy);
  const resolution: MemoryResolution = item.metadata.resolution ?? { action: 'add' };
  const entry = await createMemoryEntry({ content, category, tags }, provenanceOf(item, sessionId));
  if (resolution.action === 'add') return { entryId: entry.id };
  const survivor = await mergeMemoryEntries(
    {
      survivorId: resolution.entryId,
      mergedId: entry.id,
      ...(resolution.action === 'replace' ? { content } : {}),
    },
    decidedBy,
  );
  return { entryId: survivor.id };
}
