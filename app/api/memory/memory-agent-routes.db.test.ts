import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { issueGrant } from '@/lib/governance/grants/issue-grant';
import { revokeGrant } from '@/lib/governance/grants/revoke-grant';
import { createMemoryEntry } from '@/lib/memory/create-memory-entry';
import { scanIfStale } from '@/lib/memory/duplicate-scan/run-duplicate-scan';
import { replyMismatches } from '@/test/openapi-reply';
import { callRoute, problemDetail } from '@/test/session';
import * as entryRoute from './[id]/route';
import * as dismissalsRoute from './duplicates/dismissals/route';
import * as duplicatesRoute from './duplicates/route';
import * as facetsRoute from './facets/route';
import * as mergeRoute from './merge/route';
import * as listRoute from './route';

/**
 * The memory API as agents and jobs use it: a bearer token from a scoped grant (governance).
 * memory:read searches and reads, memory:propose turns a POST into a proposal in the review queue,
 * and every change to entries stays with the owner. Each call is checked and audited.
 */
const owner = 'owner:owner@example.com';
let entryId: string;
let otherId: string;

async function token(subject: string, scopes: ('memory:read' | 'memory:propose' | 'staging:read')[]) {
  return (await issueGrant({ subjectKind: 'agent', subject, scopes }, owner)).token;
}
const as = (bearer: string, json = false) => ({
  authorization: `Bearer ${bearer}`,
  ...(json ? { 'content-type': 'application/json' } : {}),
});
const audits = async (actor: string, action: string) =>
  (await getDb()).auditEvent.findMany({ where: { actor, action }, orderBy: { seq: 'asc' } });

beforeAll(async () => {
  const source = { kind: 'owner' as const, id: 'owner@example.com', createdBy: owner };
  entryId = (await createMemoryEntry({ content: 'The on-call phone is charged on the shelf by the door.' }, source)).id;
  otherId = (
    await createMemoryEntry({ content: 'The on-call phone is charged on the shelf by the front door.' }, source)
  ).id;
});

describe('memory API with agent tokens', () => {
  it('memory:read searches, reads entries, facets and duplicates, and each use is audited', async () => {
    const bearer = await token('reader', ['memory:read']);
    const search = await callRoute(listRoute.GET, '/api/memory?q=phone%20shelf', { headers: as(bearer) });
    expect(search.status).toBe(200);
    const found = (await search.json()) as { items: { entry: { id: string } }[] };
    expect(found.items.map((i) => i.entry.id)).toContain(entryId);
    expect(replyMismatches('GET', '/api/memory', 200, found)).toEqual([]);
    expect(
      (await callRoute(entryRoute.GET, `/api/memory/${entryId}`, { headers: as(bearer), params: { id: entryId } }))
        .status,
    ).toBe(200);
    expect((await callRoute(facetsRoute.GET, '/api/memory/facets', { headers: as(bearer) })).status).toBe(200);
    await scanIfStale(); // the worker's duplicate scan, run here in-process
    const dupes = await callRoute(duplicatesRoute.GET, '/api/memory/duplicates', { headers: as(bearer) });
    expect(dupes.status).toBe(200);
    expect(((await dupes.json()) as { pairs: unknown[] }).pairs).toHaveLength(1);

    const uses = await audits('agent:reader', 'grants.use');
    expect(uses.map((u) => u.target)).toEqual([
      'GET /api/memory',
      `GET /api/memory/${entryId}`,
      'GET /api/memory/facets',
      'GET /api/memory/duplicates',
    ]);
    expect(uses.every((u) => u.scope === 'memory:read')).toBe(true);
  });

  it('memory:read cannot propose, and the refusal is audited', async () => {
    const bearer = await token('read-only', ['memory:read']);
    const res = await callRoute(listRoute.POST, '/api/memory', {
      method: 'POST',
      headers: as(bearer, true),
      body: JSON.stringify({ content: 'Agents like tabs.' }),
    });
    expect(res.status).toBe(403);
    expect(await problemDetail(res)).toContain('lacks the scope "memory:propose"');
    expect((await audits('agent:read-only', 'grants.deny')).map((d) => d.reason)).toEqual([
      'missing scope memory:propose',
    ]);
    expect(await (await getDb()).memoryEntry.count({ where: { content: 'Agents like tabs.' } })).toBe(0);
  });

  it('memory:propose turns a POST into a staged proposal, never an entry, and cannot read', async () => {
    const bearer = await token('proposer', ['memory:propose']);
    const res = await callRoute(listRoute.POST, '/api/memory', {
      method: 'POST',
      headers: as(bearer, true),
      body: JSON.stringify({ content: 'The owner reviews drafts before nine.', category: 'process' }),
    });
    expect(res.status).toBe(202);
    const { proposal } = (await res.json()) as { proposal: { id: string; kind: string; status: string } };
    expect(proposal).toMatchObject({ kind: 'memory-proposal', status: 'pending' });
    const db = await getDb();
    expect(await db.memoryEntry.count({ where: { content: 'The owner reviews drafts before nine.' } })).toBe(0);
    expect((await db.stagedItem.findUniqueOrThrow({ where: { id: proposal.id } })).createdBy).toBe('agent:proposer');

    const read = await callRoute(listRoute.GET, '/api/memory?q=drafts', { headers: as(bearer) });
    expect(read.status).toBe(403);
    expect(await problemDetail(read)).toContain('lacks the scope "memory:read"');
  });

  it('a token with both memory scopes still cannot edit, delete, merge or dismiss (owner only)', async () => {
    const bearer = await token('curator', ['memory:read', 'memory:propose']);
    const refusals = [
      await callRoute(entryRoute.PATCH, `/api/memory/${entryId}`, {
        method: 'PATCH',
        headers: as(bearer, true),
        body: JSON.stringify({ version: 1, content: 'x' }),
        params: { id: entryId },
      }),
      await callRoute(entryRoute.DELETE, `/api/memory/${entryId}`, {
        method: 'DELETE',
        headers: as(bearer),
        params: { id: entryId },
      }),
      await callRoute(mergeRoute.POST, '/api/memory/merge', {
        method: 'POST',
        headers: as(bearer, true),
        body: JSON.stringify({ survivorId: entryId, mergedId: otherId }),
      }),
      await callRoute(dismissalsRoute.POST, '/api/memory/duplicates/dismissals', {
        method: 'POST',
        headers: as(bearer, true),
        body: JSON.stringify({ entryIds: [entryId, otherId] }),
      }),
    ];
    expect(refusals.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    const denials = await audits('agent:curator', 'grants.deny');
    expect(denials.map((d) => d.reason)).toEqual(Array(4).fill('owner-only endpoint'));
    const db = await getDb();
    expect(await db.memoryEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({
      version: 1,
      deletedAt: null,
      mergedIntoId: null,
    });
    expect(await db.memoryDuplicateDismissal.count()).toBe(0);
  });

  it('a token without any memory scope, a revoked token and an unknown token are refused', async () => {
    const other = await token('stager', ['staging:read']);
    expect((await callRoute(listRoute.GET, '/api/memory?q=phone', { headers: as(other) })).status).toBe(403);

    const revoked = await issueGrant({ subjectKind: 'agent', subject: 'retired', scopes: ['memory:read'] }, owner);
    await revokeGrant(revoked.grant.id, { reason: 'agent retired' }, owner);
    const afterRevoke = await callRoute(listRoute.GET, '/api/memory?q=phone', { headers: as(revoked.token) });
    expect(afterRevoke.status).toBe(401);
    expect(await problemDetail(afterRevoke)).toContain('revoked: agent retired');

    const unknown = await callRoute(listRoute.GET, '/api/memory?q=phone', { headers: as('bdy_not-a-real-token') });
    expect(unknown.status).toBe(401);
  });
});
