import { beforeAll, describe, expect, it } from 'vitest';
import { scanIfStale } from '@/lib/memory/duplicate-scan/run-duplicate-scan';
import { callRoute, ownerHeaders } from '@/test/session';
import * as entryRoute from './[id]/route';
import * as undeleteRoute from './[id]/undelete/route';
import * as restoreRoute from './[id]/versions/[version]/restore/route';
import * as bulkRoute from './bulk/route';
import * as dismissalsRoute from './duplicates/dismissals/route';
import * as duplicatesRoute from './duplicates/route';
import * as mergeRoute from './merge/route';
import * as listRoute from './route';

let headers: Record<string, string>;
beforeAll(async () => {
  headers = { ...(await ownerHeaders()), 'content-type': 'application/json' };
});

async function create(content: string, extra: Record<string, unknown> = {}) {
  const res = await callRoute(listRoute.POST, '/api/memory', {
    method: 'POST',
    headers,
    body: JSON.stringify({ content, ...extra }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { entry: { id: string; version: number } }).entry;
}
const search = async (qs: string) => {
  const res = await callRoute(listRoute.GET, `/api/memory?${qs}`, { headers });
  return {
    status: res.status,
    body: (await res.json()) as {
      items: { entry: { id: string; content: string }; snippet: { text: string; match: boolean }[] | null }[];
    },
  };
};
const patch = (id: string, body: unknown) =>
  callRoute(entryRoute.PATCH, `/api/memory/${id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify(body),
    params: { id },
  });

describe('memory API', () => {
  it('refuses callers without a session', async () => {
    const res = await callRoute(listRoute.GET, '/api/memory');
    expect(res.status).toBe(401);
  });

  it('refuses empty and oversized content with clear errors', async () => {
    const empty = await callRoute(listRoute.POST, '/api/memory', {
      method: 'POST',
      headers,
      body: JSON.stringify({ content: '   ' }),
    });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { errors: Record<string, string[]> }).errors.content).toContain(
      'must not be empty',
    );
    const huge = await callRoute(listRoute.POST, '/api/memory', {
      method: 'POST',
      headers,
      body: JSON.stringify({ content: 'x'.repeat(5 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    const long = await callRoute(listRoute.POST, '/api/memory', {
      method: 'POST',
      headers,
      body: JSON.stringify({ content: 'y'.repeat(25_000) }),
    });
    expect(long.status).toBe(400);
  });

  it('ranks matches and highlights them', async () => {
    await create('The owner prefers dark mode in the terminal.', { category: 'preferences', tags: ['ui'] });
    await create('Dark chocolate is a good reward after a release; dark mode is not related.', { category: 'food' });
    await create('Backups run nightly.', { category: 'ops' });
    const { status, body } = await search('q=dark%20mode');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(2);
    expect(body.items[0]?.snippet?.some((s) => s.match && /dark/i.test(s.text))).toBe(true);
    const filtered = await search('q=dark&category=preferences&tag=ui');
    expect(filtered.body.items.map((i) => i.entry.content)).toEqual(['The owner prefers dark mode in the terminal.']);
  });

  it('treats FTS syntax in queries as plain words, never as an error', async () => {
    for (const q of [
      '"dark',
      'dark*',
      'dark NEAR mode',
      '((dark',
      'dark)',
      'NEAR(',
      'AND OR NOT',
      '"*"',
      'mode:dark',
      "'; DROP TABLE x; --",
    ]) {
      const { status } = await search(`q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
    }
    // NEAR is a word here, not an operator: no entry contains it, so nothing matches.
    expect((await search('q=dark%20NEAR%20mode')).body.items).toHaveLength(0);
  });

  it('refuses a stale edit with 409 and keeps the newer text', async () => {
    const entry = await create('Deploys happen on Tuesdays.');
    const first = await patch(entry.id, { version: entry.version, content: 'Deploys happen on Wednesdays.' });
    expect(first.status).toBe(200);
    const stale = await patch(entry.id, { version: entry.version, content: 'Deploys happen on Fridays.' });
    expect(stale.status).toBe(409);
    const detail = await callRoute(entryRoute.GET, `/api/memory/${entry.id}`, { headers, params: { id: entry.id } });
    const body = (await detail.json()) as {
      entry: { content: string; version: number };
      versions: { version: number; changeKind: string }[];
    };
    expect(body.entry.content).toBe('Deploys happen on Wednesdays.');
    expect(body.versions.map((v) => v.changeKind)).toEqual(['edit', 'create']);
    const restored = await callRoute(restoreRoute.POST, `/api/memory/${entry.id}/versions/1/restore`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ expectedVersion: 2 }),
      params: { id: entry.id, version: '1' },
    });
    expect(restored.status).toBe(200);
    expect(((await restored.json()) as { entry: { content: string; version: number } }).entry).toMatchObject({
      content: 'Deploys happen on Tuesdays.',
      version: 3,
    });
  });

  it('soft-deletes with undo, and search follows', async () => {
    const entry = await create('Temporary note about zebras.');
    const del = await callRoute(entryRoute.DELETE, `/api/memory/${entry.id}`, {
      method: 'DELETE',
      headers,
      params: { id: entry.id },
    });
    expect(del.status).toBe(200);
    expect((await search('q=zebras')).body.items).toHaveLength(0);
    expect((await search('q=zebras&status=deleted')).body.items).toHaveLength(1);
    const undo = await callRoute(undeleteRoute.POST, `/api/memory/${entry.id}/undelete`, {
      method: 'POST',
      headers,
      params: { id: entry.id },
    });
    expect(undo.status).toBe(200);
    expect((await search('q=zebras')).body.items).toHaveLength(1);
  });

  it('applies bulk actions to a selection, all or nothing', async () => {
    const a = await create('Bulk one about giraffes.');
    const b = await create('Bulk two about giraffes.');
    const bad = await callRoute(bulkRoute.POST, '/api/memory/bulk', {
      method: 'POST',
      headers,
      body: JSON.stringify({ ids: [a.id, 'nope'], action: 'pin' }),
    });
    expect(bad.status).toBe(404);
    expect((await search('q=giraffes&pinned=true')).body.items).toHaveLength(0);
    const ok = await callRoute(bulkRoute.POST, '/api/memory/bulk', {
      method: 'POST',
      headers,
      body: JSON.stringify({ ids: [a.id, b.id], action: 'archive' }),
    });
    expect(ok.status).toBe(200);
    expect((await search('q=giraffes&status=archived')).body.items).toHaveLength(2);
  });

  it('proposes duplicates and merges them, refusing self-merge and merging into a deleted entry', async () => {
    const keep = await create('The staging server lives at rack four in the basement.', { tags: ['infra'] });
    const gone = await create('The staging server lives at rack four in the basement!', { tags: ['hardware'] });
    await scanIfStale(); // the worker's job, run here in-process
    const dupes = await callRoute(duplicatesRoute.GET, '/api/memory/duplicates', { headers });
    const pairs = ((await dupes.json()) as { pairs: { survivor: { id: string }; merged: { id: string } }[] }).pairs;
    expect(pairs.some((p) => [p.survivor.id, p.merged.id].sort().join() === [keep.id, gone.id].sort().join())).toBe(
      true,
    );

    const merge = (body: unknown) =>
      callRoute(mergeRoute.POST, '/api/memory/merge', { method: 'POST', headers, body: JSON.stringify(body) });
    expect((await merge({ survivorId: keep.id, mergedId: keep.id })).status).toBe(400);
    const trashed = await create('Something to delete before merging.');
    await callRoute(entryRoute.DELETE, `/api/memory/${trashed.id}`, {
      method: 'DELETE',
      headers,
      params: { id: trashed.id },
    });
    expect((await merge({ survivorId: trashed.id, mergedId: keep.id })).status).toBe(409);

    const ok = await merge({ survivorId: keep.id, mergedId: gone.id });
    expect(ok.status).toBe(200);
    const detail = (await (
      await callRoute(entryRoute.GET, `/api/memory/${keep.id}`, { headers, params: { id: keep.id } })
    ).json()) as {
      entry: { tags: string[] };
      provenances: { mergedFromId: string | null }[];
      mergedFrom: { id: string }[];
    };
    expect(detail.entry.tags.sort()).toEqual(['hardware', 'infra']);
    expect(detail.provenances.map((p) => p.mergedFromId)).toEqual([null, gone.id]);
    expect(detail.mergedFrom.map((m) => m.id)).toEqual([gone.id]);
    const loser = (await (
      await callRoute(entryRoute.GET, `/api/memory/${gone.id}`, { headers, params: { id: gone.id } })
    ).json()) as { entry: { mergedIntoId: string } };
    expect(loser.entry.mergedIntoId).toBe(keep.id);
    expect((await merge({ survivorId: gone.id, mergedId: keep.id })).status).toBe(409);
  });

  it('remembers "not a duplicate": the pair is no longer proposed, and bad dismissals are refused', async () => {
    const a = await create('The printer on the second floor needs a reboot every Monday morning.');
    const b = await create('The printer on the second floor needs a reboot every Monday morning!!');
    const pairKey = [a.id, b.id].sort().join();
    const proposed = async () => {
      await scanIfStale(); // the worker's job, run here in-process
      const res = await callRoute(duplicatesRoute.GET, '/api/memory/duplicates?limit=500', { headers });
      expect(res.status).toBe(200);
      return ((await res.json()) as { pairs: { survivor: { id: string }; merged: { id: string } }[] }).pairs.map((p) =>
        [p.survivor.id, p.merged.id].sort().join(),
      );
    };
    expect(await proposed()).toContain(pairKey);
    const dismiss = (entryIds: unknown) =>
      callRoute(dismissalsRoute.POST, '/api/memory/duplicates/dismissals', {
        method: 'POST',
        headers,
        body: JSON.stringify({ entryIds }),
      });

    const ok = await dismiss([b.id, a.id]);
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { dismissal: { entryIds: string[]; dismissedBy: string } }).dismissal).toMatchObject({
      entryIds: [a.id, b.id].sort(),
      dismissedBy: 'owner:owner@example.com',
    });
    expect(await proposed()).not.toContain(pairKey);
    // Asked again (after a reload, say): still fine, still not proposed.
    expect((await dismiss([a.id, b.id])).status).toBe(201);
    expect(await proposed()).not.toContain(pairKey);

    expect((await dismiss([a.id, a.id])).status).toBe(400);
    expect((await dismiss([a.id, 'no-such-entry'])).status).toBe(404);
    expect((await dismiss([a.id])).status).toBe(400);

    // Undo: the pair is proposed again at once; taking it back twice changes nothing more.
    const undo = (entryIds: unknown) =>
      callRoute(dismissalsRoute.DELETE, '/api/memory/duplicates/dismissals', {
        method: 'DELETE',
        headers,
        body: JSON.stringify({ entryIds }),
      });
    const undone = await undo([a.id, b.id]);
    expect(undone.status).toBe(200);
    expect(((await undone.json()) as { dismissal: unknown }).dismissal).toEqual({
      entryIds: [a.id, b.id].sort(),
      proposedAgain: true,
    });
    expect(await proposed()).toContain(pairKey);
    expect(((await (await undo([b.id, a.id])).json()) as { dismissal: unknown }).dismissal).toEqual({
      entryIds: [a.id, b.id].sort(),
      proposedAgain: false,
    });
    expect(await proposed()).toContain(pairKey);
    const sameTwice = await undo([a.id, a.id]);
    expect(sameTwice.status).toBe(400);
    expect(((await sameTwice.json()) as { errors?: Record<string, string[]> }).errors).toHaveProperty('entryIds');
    expect((await undo([a.id, 'no-such-entry'])).status).toBe(404);
  });

  it('an undone dismissal of entries that no longer look alike proposes nothing', async () => {
    const a = await create('Backups of the NAS run at 02:00 and are kept for thirty days on the offsite disk.');
    const b = await create('Backups of the NAS run at 02:00 and are kept for thirty days on the offsite disk!');
    const dismissed = await callRoute(dismissalsRoute.POST, '/api/memory/duplicates/dismissals', {
      method: 'POST',
      headers,
      body: JSON.stringify({ entryIds: [a.id, b.id] }),
    });
    expect(dismissed.status).toBe(201);
    expect(
      (
        await patch(b.id, {
          version: b.version,
          content: 'The coffee machine on the third floor is descaled every other Friday.',
        })
      ).status,
    ).toBe(200);
    const undone = await callRoute(dismissalsRoute.DELETE, '/api/memory/duplicates/dismissals', {
      method: 'DELETE',
      headers,
      body: JSON.stringify({ entryIds: [a.id, b.id] }),
    });
    expect(((await undone.json()) as { dismissal: { proposedAgain: boolean } }).dismissal.proposedAgain).toBe(false);
  });
});
