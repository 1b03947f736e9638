import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtureRoots } from '@/lib/drift/testing/fixture-roots';
import { replyMismatches } from '@/test/openapi-reply';
import { callRoute, ownerHeaders } from '@/test/session';
import { POST as check } from './check/route';
import { GET as history } from './history/route';
import { GET as ignore } from './ignore/route';
import { POST as decide } from './reports/[id]/decision/route';
import { GET as current } from './route';

let fx: ReturnType<typeof makeFixtureRoots>;
beforeAll(() => {
  fx = makeFixtureRoots(`buddy.role,buddy.drifttest=none-${randomBytes(4).toString('hex')}`);
});
afterAll(() => fx.cleanup());

describe('/api/drift', () => {
  it('refuses callers without a session', async () => {
    expect((await callRoute(current, '/api/drift')).status).toBe(401);
    expect((await callRoute(check, '/api/drift/check', { method: 'POST' })).status).toBe(401);
  });

  it('checks on demand and shows the drift, the history and the ignore rules', async () => {
    const headers = await ownerHeaders();
    const jsonHeaders = { ...headers, 'content-type': 'application/json' };
    fx.addSecret('stray_key');
    fx.writeIgnore('secret.never   # unused\n');
    const run = await callRoute(check, '/api/drift/check', { method: 'POST', headers });
    expect(await run.json()).toMatchObject({ outcome: 'staged', itemCount: 1 });

    const now = await (await callRoute(current, '/api/drift', { headers })).json();
    expect(now.groups.map((g: { resource: string }) => g.resource)).toEqual(['secret.stray_key']);
    expect(now.summary).toMatchObject({ open: 1, medium: 1 });
    expect(replyMismatches('GET', '/api/drift', 200, now)).toEqual([]);

    const past = await (await callRoute(history, '/api/drift/history', { headers })).json();
    expect(past.checks[0]).toMatchObject({ outcome: 'staged', trigger: 'manual' });
    const rules = await (await callRoute(ignore, '/api/drift/ignore', { headers })).json();
    expect(rules.rules).toEqual([{ line: 1, text: 'secret.never', negate: false, matches: 0, unused: true }]);

    const bad = await callRoute(decide, '/x', {
      method: 'POST',
      headers: jsonHeaders,
      params: { id: past.reports[0].stagedItemId },
      body: JSON.stringify({ decision: 'maybe' }),
    });
    expect(bad.status).toBe(400);
    const missing = await callRoute(decide, '/x', {
      method: 'POST',
      headers: jsonHeaders,
      params: { id: 'nope' },
      body: JSON.stringify({ decision: 'reject' }),
    });
    expect(missing.status).toBe(404);
  });
});
