import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { sha256 } from '@/lib/staging/file-hash';
import { replyMismatches } from '@/test/openapi-reply';
import { callRoute, ownerHeaders } from '@/test/session';
import { POST as approve } from './[id]/approve/route';
import { POST as reject } from './[id]/reject/route';
import { GET as getOne } from './[id]/route';
import { POST as bulk } from './bulk/route';
import { GET as counts } from './counts/route';
import { GET as list, POST as create } from './route';

let headers: Record<string, string>;
const jsonHeaders = () => ({ ...headers, 'content-type': 'application/json' });
const post = (body: unknown) =>
  callRoute(create, '/api/staging', { method: 'POST', headers: jsonHeaders(), body: JSON.stringify(body) });

beforeAll(async () => {
  headers = await ownerHeaders();
  mkdirSync(path.join(env().workspaceDir, '_active'), { recursive: true });
  writeFileSync(path.join(env().workspaceDir, '_active', 'app.ts'), 'const a = 1;\n');
});

describe('staging API', () => {
  it('creates items and refuses bad input with field-level errors', async () => {
    const ok = await post({ kind: 'code-review', title: 'Review', body: 'text', sourceJob: 'deep-code-analysis' });
    expect(ok.status).toBe(201);
    expect(replyMismatches('POST', '/api/staging', 201, await ok.json())).toEqual([]);
    const unknown = await post({ kind: 'horoscope', title: 'x' });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors.kind).toBeDefined();
    const traversal = await post({
      kind: 'test-file',
      title: 'x',
      files: [{ targetPath: '../../etc/passwd', content: 'x' }],
    });
    expect((await traversal.json()).errors['files.0.targetPath']).toEqual(['must not contain ".." segments']);
    const noAuth = await callRoute(create, '/api/staging', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(noAuth.status).toBe(401);
  });

  it('refuses a 50 MB body with 413 before parsing it', async () => {
    const huge = JSON.stringify({ kind: 'draft', title: 'big', body: 'x'.repeat(50 * 1024 * 1024) });
    const response = await post(JSON.parse(huge));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('lists with filters and a stable cursor', async () => {
    for (let i = 0; i < 5; i++)
      expect((await post({ kind: 'social-batch', title: `S${i}`, sourceJob: 'content' })).status).toBe(201);
    const first = await (await callRoute(list, '/api/staging?kind=social-batch&limit=3', { headers })).json();
    expect(first.items.map((i: { title: string }) => i.title)).toEqual(['S4', 'S3', 'S2']);
    expect(first.items[0].body).toBeUndefined();
    // The reply is what the OpenAPI document declares (and that check is not a rubber stamp).
    expect(replyMismatches('GET', '/api/staging', 200, first)).toEqual([]);
    expect(replyMismatches('GET', '/api/staging', 200, { ...first, extra: 1 })).toEqual([
      '(root) must NOT have additional properties',
    ]);
    const second = await (
      await callRoute(list, `/api/staging?kind=social-batch&limit=3&cursor=${first.nextCursor}`, { headers })
    ).json();
    expect(second.items.map((i: { title: string }) => i.title)).toEqual(['S1', 'S0']);
    expect(second.nextCursor).toBeNull();
    const byJob = await (await callRoute(list, '/api/staging?job=deep-code-analysis', { headers })).json();
    expect(byJob.items).toHaveLength(1);
    const future = await (
      await callRoute(list, `/api/staging?since=${new Date(Date.now() + 60_000).toISOString()}`, { headers })
    ).json();
    expect(future.items).toEqual([]);
    expect((await callRoute(list, '/api/staging?status=maybe', { headers })).status).toBe(400);
    expect((await callRoute(list, '/api/staging?cursor=garbage', { headers })).status).toBe(400);
    const c = await (await callRoute(counts, '/api/staging/counts', { headers })).json();
    expect(c.pendingByKind['social-batch']).toBe(5);
  });

  it('shows a proposed file next to the current workspace file', async () => {
    const created = await (
      await post({
        kind: 'claude-md',
        title: 'edit',
        files: [{ targetPath: '_active/app.ts', content: 'const a = 2;\n', baseHash: sha256('const a = 1;\n') }],
      })
    ).json();
    const detail = await (
      await callRoute(getOne, `/api/staging/${created.id}`, { headers, params: { id: created.id } })
    ).json();
    expect(detail.files[0]).toMatchObject({
      targetPath: '_active/app.ts',
      stale: false,
      current: { state: 'present', content: 'const a = 1;\n' },
    });
    expect((await callRoute(getOne, '/api/staging/nope', { headers, params: { id: 'nope' } })).status).toBe(404);
  });

  it('approves, refuses a conflict with 409, and requires a reason to reject', async () => {
    const stale = await (
      await post({
        kind: 'claude-md',
        title: 'stale',
        files: [{ targetPath: '_active/app.ts', content: 'x', baseHash: sha256('old') }],
      })
    ).json();
    const conflict = await callRoute(approve, '/x', { method: 'POST', headers, params: { id: stale.id } });
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).detail).toMatch(/Nothing was written: _active\/app.ts changed/);

    const item = await (await post({ kind: 'draft', title: 'to reject' })).json();
    const noReason = await callRoute(reject, '/x', {
      method: 'POST',
      headers: jsonHeaders(),
      params: { id: item.id },
      body: JSON.stringify({ reason: '' }),
    });
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).errors.reason).toBeDefined();
    const rejected = await callRoute(reject, '/x', {
      method: 'POST',
      headers: jsonHeaders(),
      params: { id: item.id },
      body: JSON.stringify({ reason: 'Duplicate' }),
    });
    const rejectedReply = await rejected.json();
    expect(rejectedReply).toMatchObject({ status: 'rejected', reason: 'Duplicate' });
    expect(replyMismatches('POST', '/api/staging/{id}/reject', 200, rejectedReply)).toEqual([]);
    const again = await callRoute(approve, '/x', { method: 'POST', headers, params: { id: item.id } });
    expect(again.status).toBe(409);
  });

  it('bulk approve needs nothing more; bulk reject needs a reason', async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await (await post({ kind: 'draft', title: `b${i}` })).json()).id);
    const noReason = await callRoute(bulk, '/x', {
      method: 'POST',
      headers: jsonHeaders(),
      body: JSON.stringify({ action: 'reject', ids }),
    });
    expect((await noReason.json()).errors.reason).toBeDefined();
    const done = await (
      await callRoute(bulk, '/x', {
        method: 'POST',
        headers: jsonHeaders(),
        body: JSON.stringify({ action: 'approve', ids }),
      })
    ).json();
    expect(done).toMatchObject({ succeeded: 3, failed: 0 });
    expect(replyMismatches('POST', '/api/staging/bulk', 200, done)).toEqual([]);
  });
});
