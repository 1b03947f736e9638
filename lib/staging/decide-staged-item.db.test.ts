import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { env } from '../env';
import { createStagedItem } from './create-staged-item';
import { sha256 } from './file-hash';
import { listRejections } from './list-rejections';
import { createStagingDecisions } from './staging-decisions';

// Plain kinds only: no domain declares an effect for them.
const { approveStagedItem, bulkDecide, rejectStagedItem } = createStagingDecisions([]);

const OWNER = 'owner:owner@example.com';
let ws: string;

beforeAll(() => {
  ws = env().workspaceDir;
  mkdirSync(path.join(ws, '_active'), { recursive: true });
  writeFileSync(path.join(ws, '_active', 'base.md'), 'v1\n');
});

async function auditActions(id: string) {
  const db = await getDb();
  const rows = await db.auditEvent.findMany({ where: { target: `staged-item:${id}` }, orderBy: { seq: 'asc' } });
  return rows.map((r) => `${r.action}:${r.decision}`);
}

describe('approving and rejecting', () => {
  it('approves an item without files and records the decision', async () => {
    const item = await createStagedItem({ kind: 'blog-post', title: 'Post', body: '# hi' }, 'job:content');
    expect(await approveStagedItem(item.id, OWNER)).toEqual({ id: item.id, status: 'approved', written: [] });
    const db = await getDb();
    expect(await db.stagedItem.findUnique({ where: { id: item.id } })).toMatchObject({
      status: 'approved',
      decidedBy: OWNER,
    });
    expect(await auditActions(item.id)).toEqual(['staging.approve:allowed']);
  });

  it('promotes files into the workspace on approval', async () => {
    const item = await createStagedItem(
      {
        kind: 'test-file',
        title: 'Tests',
        files: [{ targetPath: '_active/base.md', content: 'v2\n', baseHash: sha256('v1\n') }],
      },
      'job:tests',
    );
    expect(await approveStagedItem(item.id, OWNER)).toMatchObject({ status: 'promoted', written: ['_active/base.md'] });
    expect(readFileSync(path.join(ws, '_active/base.md'), 'utf8')).toBe('v2\n');
  });

  it('marks a stale target as conflict and writes nothing', async () => {
    const item = await createStagedItem(
      {
        kind: 'claude-md',
        title: 'Stale',
        files: [{ targetPath: '_active/base.md', content: 'mine', baseHash: sha256('v0\n') }],
      },
      'job:x',
    );
    const result = await approveStagedItem(item.id, OWNER);
    expect(result).toMatchObject({ status: 'conflict', reason: expect.stringMatching(/changed in the workspace/) });
    expect(readFileSync(path.join(ws, '_active/base.md'), 'utf8')).toBe('v2\n');
    const db = await getDb();
    expect((await db.stagedItem.findUnique({ where: { id: item.id } }))?.status).toBe('conflict');
    expect(await auditActions(item.id)).toContain('staging.conflict:denied');
    // A conflicting item can be cleared by rejecting it, not by approving it again.
    await expect(approveStagedItem(item.id, OWNER)).rejects.toThrow(/already conflict/);
    expect(await rejectStagedItem(item.id, OWNER, 'superseded')).toMatchObject({ status: 'rejected' });
  });

  it('lets exactly one of two simultaneous approvals win', async () => {
    const item = await createStagedItem(
      { kind: 'test-file', title: 'Race', files: [{ targetPath: '_active/race.md', content: 'once', baseHash: null }] },
      'job:x',
    );
    const outcomes = await Promise.allSettled([
      approveStagedItem(item.id, OWNER),
      approveStagedItem(item.id, 'owner:other@example.com'),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason.status).toBe(409);
    expect(readFileSync(path.join(ws, '_active/race.md'), 'utf8')).toBe('once');
    expect((await auditActions(item.id)).sort()).toEqual(['staging.approve:allowed', 'staging.approve:denied']);
  });

  it('refuses to approve a rejected item, and keeps the rejection reason queryable', async () => {
    const since = new Date(Date.now() - 1000);
    const item = await createStagedItem({ kind: 'feature-proposal', title: 'Idea' }, 'job:ideas');
    await rejectStagedItem(item.id, OWNER, 'Not useful for this project');
    await expect(approveStagedItem(item.id, OWNER)).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/already rejected by owner/),
    });
    await expect(rejectStagedItem(item.id, OWNER, 'again')).rejects.toMatchObject({ status: 409 });
    const rejections = await listRejections(since);
    expect(rejections).toContainEqual(
      expect.objectContaining({
        id: item.id,
        kind: 'feature-proposal',
        title: 'Idea',
        reason: 'Not useful for this project',
      }),
    );
    expect(await listRejections(new Date(Date.now() + 60_000))).toEqual([]);
  });

  it('404s an unknown id', async () => {
    await expect(approveStagedItem('nope', OWNER)).rejects.toMatchObject({ status: 404 });
  });

  it('bulk-decides many items and reports each refusal without stopping', async () => {
    const a = await createStagedItem({ kind: 'social-batch', title: 'A' }, 'job:x');
    const b = await createStagedItem({ kind: 'social-batch', title: 'B' }, 'job:x');
    await rejectStagedItem(b.id, OWNER, 'dup');
    const c = await createStagedItem({ kind: 'social-batch', title: 'C' }, 'job:x');
    const reply = await bulkDecide(
      { action: 'reject', ids: [a.id, b.id, c.id, 'missing'], reason: 'Wrong style' },
      OWNER,
    );
    expect(reply.succeeded).toBe(2);
    expect(reply.results.filter((r) => !r.ok).map((r) => r.id)).toEqual([b.id, 'missing']);
  });
});
