import { describe, expect, it } from 'vitest';
import { dbProvider, getDb } from '../db/client';
import { createMemoryEntry } from './create-memory-entry';
import { deleteMemoryEntry, undeleteMemoryEntry } from './delete-memory-entry';
import { dismissDuplicate } from './dismiss-duplicate';
import { refreshDuplicateIndex } from './duplicate-index';
import { findDuplicates } from './find-duplicates';
import { saveSignatures } from './duplicate-index-store';
import { bandKeys } from './minhash';
import { contentHash } from './normalize-text';
import { updateMemoryEntry } from './update-memory-entry';

const owner = { kind: 'owner' as const, id: 'owner@example.com', createdBy: 'owner:owner@example.com' };
const create = (content: string) => createMemoryEntry({ content }, owner);
const pairIds = async () => (await findDuplicates()).map((p) => [p.survivor.id, p.merged.id].sort().join(' '));
const key = (...ids: string[]) => ids.sort().join(' ');

describe('stored near-duplicate index', () => {
  it('indexes once, then re-checks only entries whose content changed', async () => {
    const a = await create('The backup disk in the office is replaced every second spring.');
    const b = await create('The backup disk in the office is replaced every second spring!');
    await create('Lunch orders go through the team chat before eleven.');
    expect(await pairIds()).toEqual([key(a.id, b.id)]);
    expect(await refreshDuplicateIndex()).toMatchObject({ rechecked: 0, removed: 0 });

    // A pin changes no content: nothing to re-check.
    await updateMemoryEntry(a.id, { version: a.version, pinned: true }, 'owner:owner@example.com');
    expect(await refreshDuplicateIndex()).toMatchObject({ rechecked: 0 });

    // New wording: only that entry is re-checked, and the pair is gone.
    const edited = await updateMemoryEntry(
      b.id,
      { version: b.version, content: 'Tapes are rotated by the night shift on Thursdays.' },
      'owner:owner@example.com',
    );
    expect(await refreshDuplicateIndex()).toMatchObject({ rechecked: 1, pairsFound: 0 });
    expect(await pairIds()).toEqual([]);

    // Back to the old wording: found again against the unchanged entry.
    await updateMemoryEntry(
      b.id,
      { version: edited.version, content: 'The backup disk in the office is replaced every second spring, says Bob.' },
      'owner:owner@example.com',
    );
    expect(await refreshDuplicateIndex()).toMatchObject({ rechecked: 1, pairsFound: 1 });
    expect(await pairIds()).toEqual([key(a.id, b.id)]);

    // Deleting one side drops the entry from the index and the pair with it.
    await deleteMemoryEntry(b.id, 'owner:owner@example.com');
    expect(await refreshDuplicateIndex()).toMatchObject({ rechecked: 0, removed: 1 });
    expect(await pairIds()).toEqual([]);
    const db = await getDb();
    expect(await db.memoryDuplicateSignature.count({ where: { entryId: b.id } })).toBe(0);

    // Restored: back in the index, and the pair with it.
    await undeleteMemoryEntry(b.id, 'owner:owner@example.com');
    expect(await refreshDuplicateIndex()).toMatchObject({ rechecked: 1 });
    expect(await pairIds()).toEqual([key(a.id, b.id)]);
  });

  it('sees writes that bypass the use cases, and a copy of the index that another process made stale', async () => {
    const db = await getDb();
    const original = await create('Grafana dashboards for the NAS live in the folder called storage overview.');
    await refreshDuplicateIndex();
    const copy = 'Grafana dashboards for the NAS live in the folder called storage overview, pinned.';
    const [p1, p2] = dbProvider() === 'sqlite' ? ['?', '?'] : ['$1', '$2'];
    await db.$executeRawUnsafe(
      `INSERT INTO "MemoryEntry" ("id", "content", "contentHash", "sourceKind", "createdBy", "updatedAt") VALUES ('rawcopy', ${p1}, ${p2}, 'import', 'import', CURRENT_TIMESTAMP)`,
      copy,
      contentHash(copy),
    );
    expect(await pairIds()).toContain(key(original.id, 'rawcopy'));

    // Another process indexed a new entry meanwhile: it consumed the log, stored the keys and
    // counted a generation. This process reloads the stored keys, so a twin is still found.
    const other = await db.memoryEntry.create({
      data: {
        content: 'The VPN certificate for the laptop expires each March and is renewed by hand.',
        contentHash: 'h-other',
        sourceKind: 'owner',
        createdBy: 'owner:x',
      },
    });
    await db.memoryChange.deleteMany({ where: { entryId: other.id } });
    await saveSignatures([{ id: other.id, contentHash: 'h-other', bands: bandKeys(other.content)?.bands ?? null }]);
    await db.memoryDuplicateState.update({ where: { id: 'memory' }, data: { generation: { increment: 1 } } });
    const twin = await create('The VPN certificate for the laptop expires each March and is renewed by hand!');
    expect(await pairIds()).toContain(key(other.id, twin.id));
  });

  it('never proposes a dismissed pair again, even after an edit re-checks it', async () => {
    const a = await create('Renovate opens dependency pull requests on the first Monday of the month.');
    const b = await create('Renovate opens dependency pull requests on the first Monday of the month again.');
    const c = await create('Renovate opens dependency pull requests on the first Monday of the month too.');
    expect(await pairIds()).toEqual(expect.arrayContaining([key(a.id, b.id), key(a.id, c.id), key(b.id, c.id)]));

    await dismissDuplicate({ entryIds: [b.id, a.id] }, 'owner:owner@example.com');
    await dismissDuplicate({ entryIds: [a.id, b.id] }, 'owner:owner@example.com');
    expect(await pairIds()).not.toContain(key(a.id, b.id));
    expect(await pairIds()).toContain(key(a.id, c.id));

    await updateMemoryEntry(
      a.id,
      {
        version: a.version,
        content: 'Renovate opens dependency pull requests on the first Monday of the month, in the morning.',
      },
      'owner:owner@example.com',
    );
    // Still similar enough to be found (and counted), but not proposed.
    expect(await refreshDuplicateIndex()).toMatchObject({ rechecked: 1, pairsFound: 2 });
    const after = await pairIds();
    expect(after).not.toContain(key(a.id, b.id));
    expect(after).toContain(key(b.id, c.id));
  });

  it('refuses to dismiss an entry against itself or an unknown entry', async () => {
    const a = await create('A lonely note about the coffee machine descaling schedule.');
    await expect(dismissDuplicate({ entryIds: [a.id, a.id] }, 'owner:x')).rejects.toMatchObject({ status: 400 });
    await expect(dismissDuplicate({ entryIds: [a.id, 'nope'] }, 'owner:x')).rejects.toMatchObject({ status: 404 });
  });
});
