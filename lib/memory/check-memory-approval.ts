import { ValidationError } from '../api/errors';
import { getDb } from '../db/client';
import { findRelatedEntries } from './find-related-entries';
import { LIVE } from './memory-key';
import { type MemoryResolution, memoryResolutionSchema, type ProposalMetadata } from './schemas';

const fieldErrors = (issues: { path: PropertyKey[]; message: string }[]) => {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = ['resolution', ...issue.path.map(String)].join('.');
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
};

/**
 * Checked before a memory proposal is claimed as approved, so a wrong choice is a 400 with the
 * field at fault and the item stays pending. Without a choice, a proposal that duplicates or
 * contradicts live entries is refused: the owner says whether it merges, replaces or is added.
 */
export async function checkMemoryApproval(proposal: ProposalMetadata, resolution: unknown): Promise<MemoryResolution> {
  // A workspace edit of a named entry becomes that entry's next version: it resembles the entry by nature,
  // and there is nothing to choose (the stored choice is not used for it).
  if (proposal.entryId && proposal.baseVersion) return { action: 'add' };
  if (resolution === undefined || resolution === null) {
    const related = await findRelatedEntries({ content: proposal.content });
    if (related.length === 0) return { action: 'add' };
    const kinds = [...new Set(related.map((r) => (r.kind === 'duplicate' ? 'duplicates' : 'contradicts')))].join(
      ' and ',
    );
    throw new ValidationError(
      `This proposal ${kinds} ${related.length} memory entr${related.length === 1 ? 'y' : 'ies'}.`,
      {
        resolution: ['choose merge or replace (with the entry) or add as a new entry'],
      },
    );
  }
  const parsed = memoryResolutionSchema.safeParse(resolution);
  if (!parsed.success) throw new ValidationError('The approval choice is invalid.', fieldErrors(parsed.error.issues));
  if (parsed.data.action !== 'add') {
    const db = await getDb();
    const target = await db.memoryEntry.count({ where: { id: parsed.data.entryId, ...LIVE } });
    if (target === 0)
      throw new ValidationError('The entry to merge into or replace is gone.', {
        'resolution.entryId': ['no live memory entry has this id'],
      });
  }
  return parsed.data;
}
