import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMemoryEntry } from './create-memory-entry';
import { deleteMemoryEntry } from './delete-memory-entry';
import { findDuplicates } from './find-duplicates';
import { mergeMemoryEntries } from './merge-memory-entries';
import { updateMemoryEntry } from './update-memory-entry';

/**
 * The comparison is kept between calls while memory is unchanged (memory-comparison.ts): every kind
 * of write must show in the next answer, never a pair from before it.
 */
const owner = { kind: 'owner' as const, id: 'owner@example.com', createdBy: 'owner:owner@example.com' };
const actor = 'owner:owner@example.com';
const stamp = randomBytes(4).toString('hex');
const pairsWith = async (id: string) =>
  (await findDuplicates({ limit: 500 })).filter((p) => p.survivor.id === id || p.merged.id === id);

describe('duplicates follow every write', () => {
  it('a merge, an edit, a new entry and a deletion each change the next answer', async () => {
    const text = `The build cache ${stamp} lives on the second SSD in the office rack.`;
    const a = await createMemoryEntry({ content: text }, owner);
    const b = await createMemoryEntry({ content: `${text.slice(0, -1)}!` }, owner);
    expect(await pairsWith(a.id)).toHaveLength(1);
    expect(await pairsWith(a.id)).toHaveLength(1); // asked again: the same answer from the kept comparison

    await mergeMemoryEntries({ survivorId: a.id, mergedId: b.id }, actor);
    expect(await pairsWith(a.id)).toEqual([]);

    const c = await createMemoryEntry(
      { content: `The build cache ${stamp} lives on the second SSD in the office rack` },
      owner,
    );
    expect((await pairsWith(a.id)).map((p) => [p.survivor.id, p.merged.id].sort())).toEqual([[a.id, c.id].sort()]);

    // An edit that keeps the row count and changes what it says.
    await updateMemoryEntry(c.id, { version: 1, content: `Printer toner ${stamp} is ordered every March.` }, actor);
    expect(await pairsWith(a.id)).toEqual([]);

    await updateMemoryEntry(c.id, { version: 2, content: text }, actor);
    expect(await pairsWith(a.id)).toHaveLength(1);
    await deleteMemoryEntry(c.id, actor);
    expect(await pairsWith(a.id)).toEqual([]);
  });
});
