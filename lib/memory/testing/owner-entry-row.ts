import { contentHash } from '../normalize-text';

/** A memory entry row written by the owner, for createMany in tests: created `minute` minutes into 2026. */
export function ownerEntryRow(content: string, category: string, minute: number) {
  return {
    content,
    contentHash: contentHash(content),
    category,
    sourceKind: 'owner',
    createdBy: 'owner:owner@example.com',
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
  };
}
