import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as duplicatesRoute from '@/app/api/memory/duplicates/route';
import { getQueue } from '@/lib/queue/queues';
import { callRoute, ownerHeaders } from '@/test/session';
import { createMemoryEntry } from './create-memory-entry';
import { deleteMemoryEntry } from './delete-memory-entry';
import { dismissDuplicate } from './dismiss-duplicate';
import { runDuplicateScan, scanIfStale } from './duplicate-scan/run-duplicate-scan';
import { findDuplicates } from './find-duplicates';
import { findRelatedEntries } from './find-related-entries';
import { mergeMemoryEntries } from './merge-memory-entries';
import { updateMemoryEntry } from './update-memory-entry';

/**
 * The duplicates come from a worker's whole-memory scan (run here in-process, as the worker's job
 * does): every kind of write shows in the answer after the next scan, and a dismissed pair never.
 */
const owner = { kind: 'owner' as const, id: 'owner@example.com', createdBy: 'owner:owner@example.com' };
const actor = 'owner:owner@example.com';
const stamp = randomBytes(4).toString('hex');
const afterScan = async (id: string) => {
  await scanIfStale();
  const answer = await findDuplicates({ limit: 500 });
  expect(answer.scanning).toBe(false);
  return answer.pairs.filter((p) => p.survivor.id === id || p.merged.id === id);
};
const pendingScan = () => getQueue('system').getJob('memory-duplicate-scan');

describe('duplicates follow every write, at the next scan', () => {
  it('a merge, an edit, a new entry and a deletion each change the answer; a dismissed pair never shows', async () => {
    const text = `The build cache ${stamp} lives on the second SSD in the office rack.`;
    const a = await createMemoryEntry({ content: text }, owner);
    const b = await createMemoryEntry({ content: `${text.slice(0, -1)}!` }, owner);
    expect(await afterScan(a.id)).toHaveLength(1);
    expect(await afterScan(a.id)).toHaveLength(1); // asked again: the stored scan, nothing recomputed

    await mergeMemoryEntries({ survivorId: a.id, mergedId: b.id }, actor);
    expect(await afterScan(a.id)).toEqual([]);

    const c = await createMemoryEntry(
      { content: `The build cache ${stamp} lives on the second SSD in the office rack` },
      owner,
    );
    expect((await afterScan(a.id)).map((p) => [p.survivor.id, p.merged.id].sort())).toEqual([[a.id, c.id].sort()]);

    // An edit that keeps the row count and changes what it says.
    await updateMemoryEntry(c.id, { version: 1, content: `Printer toner ${stamp} is ordered every March.` }, actor);
    expect(await afterScan(a.id)).toEqual([]);

    await updateMemoryEntry(c.id, { version: 2, content: text }, actor);
    expect(await afterScan(a.id)).toHaveLength(1);
    await deleteMemoryEntry(c.id, actor);
    expect(await afterScan(a.id)).toEqual([]);

    const d = await createMemoryEntry({ content: `${text} Really.` }, owner);
    expect(await afterScan(a.id)).toHaveLength(1);
    await dismissDuplicate({ entryIds: [a.id, d.id] }, actor);
    expect(await afterScan(a.id)).toEqual([]);
    await runDuplicateScan(); // a full scan again finds the pair; the reader still leaves it out
    expect(await afterScan(a.id)).toEqual([]);
  });

  it('a write asks a worker for one scan; the route says "scanning" until it ran, then reads the findings', async () => {
    const headers = await ownerHeaders();
    const get = async () => {
      const res = await callRoute(duplicatesRoute.GET, '/api/memory/duplicates?limit=500', { headers });
      expect(res.status).toBe(200);
      return (await res.json()) as { pairs: { survivor: { id: string } }[]; scanning: boolean; scannedAt: string };
    };
    await scanIfStale();
    await (await pendingScan())?.remove();
    expect((await get()).scanning).toBe(false);
    expect(await pendingScan()).toBeUndefined();

    const text = `The spare router ${stamp} is in the blue crate under the desk.`;
    const e = await createMemoryEntry({ content: text }, owner);
    await createMemoryEntry({ content: `${text} Yes.` }, owner);
    // Two writes, one pending scan (a fixed job id), asked for by the writes themselves.
    expect(
      (await getQueue('system').getJobs(['delayed', 'waiting'])).filter((j) => j.name === 'memory.duplicate-scan'),
    ).toHaveLength(1);
    await (await pendingScan())?.remove();

    const stale = await get();
    expect(stale.scanning).toBe(true);
    expect(stale.pairs.some((p) => p.survivor.id === e.id)).toBe(false);
    // The stale read asked for the scan again.
    expect((await pendingScan())?.data).toEqual({ reason: 'stale' });

    await scanIfStale(); // what the worker runs for that job
    const current = await get();
    expect(current.scanning).toBe(false);
    expect(current.pairs.some((p) => p.survivor.id === e.id)).toBe(true);
  });

  it('the related check compares a text with full-text candidates, weighed by the counts the scan stored', async () => {
    // Many entries sharing the common words, so the stored counts differ from the candidates' own.
    for (let i = 0; i < 30; i++)
      await createMemoryEntry(
        { content: `Server note ${i} ${stamp}: the server room door code is changed monthly.` },
        owner,
      );
    const dup = await createMemoryEntry(
      { content: `Backups of the ${stamp} wiki go to the blue NAS every night.` },
      owner,
    );
    const port = await createMemoryEntry({ content: `The ${stamp} grafana dashboard listens on port 3000.` }, owner);
    await scanIfStale();
    const related = await findRelatedEntries({ content: `The ${stamp} wiki backups go to the blue NAS nightly.` });
    expect(related.map((r) => [r.kind, r.entry.id])).toEqual([['duplicate', dup.id]]);
    const moved = await findRelatedEntries({ content: `The ${stamp} grafana dashboard moved to port 3100.` });
    expect(moved.map((r) => [r.kind, r.entry.id, r.disagreements])).toEqual([
      ['contradiction', port.id, [{ kind: 'number', mine: ['3100'], theirs: ['3000'] }]],
    ]);
    expect(
      await findRelatedEntries({ content: `The ${stamp} grafana dashboard moved to port 3100.`, excludeId: port.id }),
    ).toEqual([]);
  });
});
