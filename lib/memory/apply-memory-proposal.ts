import { ValidationError } from '../api/errors';
import { getDb } from '../db/client';
import { applyMemoryChange } from './apply-memory-change';
import { createMemoryEntry, type Provenance } from './create-memory-entry';
import { proposalMetadataSchema } from './schemas';

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
 * changes that entry instead. Idempotent: approving the same item twice returns the entry made the first time.
 */
export async function applyMemoryProposal(item: {
  id: string;
  metadata: string | null;
  sourceRunId: string | null;
  createdBy: string;
  decidedBy?: string | null;
}): Promise<{ entryId: string }> {
  const db = await getDb();
  const existing = await db.memoryEntry.findUnique({ where: { stagedItemId: item.id }, select: { id: true } });
  if (existing) return { entryId: existing.id };
  let raw: unknown;
  try {
    raw = JSON.parse(item.metadata ?? 'null');
  } catch {
    throw new ValidationError('The memory proposal has no readable metadata.');
  }
  const parsed = proposalMetadataSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ValidationError(
      `The memory proposal is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  }
  const { content, category, tags, sessionId, entryId, baseVersion } = parsed.data;
  if (entryId && baseVersion) {
    const actor = item.decidedBy ?? item.createdBy;
    return applyMemoryChange({ itemId: item.id, entryId, baseVersion, content, category, tags }, actor);
  }
  const entry = await createMemoryEntry({ content, category, tags }, provenanceOf(item, sessionId));
  return { entryId: entry.id };
}
