import { describe, expect, it } from 'vitest';
import { getDb } from '../../db/client';
import { createStagedItem } from '../../staging/create-staged-item';
import { rejectStagedItem } from '../../staged-kinds/staging-decisions';
import { catalogHarness } from '../../../test/jobs/catalog-harness';

const h = catalogHarness();
const DAY = 86_400_000;
const draft = (title: string) =>
  createStagedItem({ kind: 'draft', title, body: `${title} body` }, 'job:content-generation');

describe('feedback-synthesis: rejection reasons -> proposed memory entries', () => {
  it('nothing to report without rejections that have a reason', async () => {
    const run = await h.run('feedback-synthesis');
    const weekAgo = new Date(Date.now() - 7 * DAY).toISOString().slice(0, 10);
    expect(run).toMatchObject({
      status: 'succeeded',
      summary: `Nothing to report: no rejections with a reason since ${weekAgo}`,
      outputs: 0,
    });
    expect(run.requests).toHaveLength(0);
  });

  it("proposes one memory entry per lesson line, from the week's reasons only", async () => {
    await rejectStagedItem((await draft('Hype post')).id, 'owner:ada@example.test', 'Too much hype, cite sources');
    await rejectStagedItem((await draft('Long post')).id, 'owner:ada@example.test', 'Far too long for a morning read');
    h.fake().setReply(
      'Here are the lessons:\n- Cite a source for every claim\n- Keep drafts under 600 words\nThat is all.',
    );
    const run = await h.run('feedback-synthesis');
    expect(run).toMatchObject({ status: 'succeeded', summary: '2 lesson(s) from 2 rejection(s)', outputs: 2 });
    expect(run.staged.map((s) => [s.kind, s.body])).toEqual([
      ['memory-proposal', 'Cite a source for every claim'],
      ['memory-proposal', 'Keep drafts under 600 words'],
    ]);
    expect(run.staged[0]?.metadata).toMatchObject({
      content: 'Cite a source for every claim',
      category: 'lesson',
      tags: ['feedback', 'draft'],
    });
    expect(run.prompts[0]).toContain('[draft] Hype post: Too much hype, cite sources');
    expect(run.prompts[0]).toContain('Far too long for a morning read');
  });

  it('next week: rejections already learned from are not read again; a reply without lessons is nothing to report', async () => {
    expect(await h.run('feedback-synthesis')).toMatchObject({
      summary: expect.stringMatching(/^Nothing to report: no rejections with a reason since/),
    });
    await rejectStagedItem((await draft('Odd post')).id, 'owner:ada@example.test', 'Wrong audience');
    h.fake().setReply('No clear lesson here.');
    const run = await h.run('feedback-synthesis');
    expect(run).toMatchObject({
      status: 'succeeded',
      summary: 'Nothing to report: the model found no lesson in the rejection reasons',
      outputs: 0,
    });
    expect(run.prompts[0]).toContain('Wrong audience');
    expect(run.prompts[0]).not.toContain('Hype post');
  });
});

describe('staging-cleanup (no model)', () => {
  it('expires stale pending items and archives old decided ones, deleting nothing', async () => {
    const db = await getDb();
    const stale = await draft('Stale draft');
    const fresh = await draft('Fresh draft');
    const old = await draft('Old decision');
    await rejectStagedItem(old.id, 'owner:ada@example.test', 'Not now');
    await db.stagedItem.update({ where: { id: stale.id }, data: { createdAt: new Date(Date.now() - 15 * DAY) } });
    await db.stagedItem.update({ where: { id: old.id }, data: { decidedAt: new Date(Date.now() - 31 * DAY) } });
    const before = await db.stagedItem.count();

    const run = await h.run('staging-cleanup', { provider: false });
    expect(run).toMatchObject({
      status: 'succeeded',
      summary: '1 stale pending item(s) expired, 1 decided item(s) archived (nothing deleted)',
      model: null,
    });
    expect((await db.stagedItem.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe('expired');
    expect((await db.stagedItem.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe('pending');
    expect((await db.stagedItem.findUniqueOrThrow({ where: { id: old.id } })).archivedAt).not.toBeNull();
    expect(await db.stagedItem.count()).toBe(before);
  });
});
