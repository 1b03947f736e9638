import { describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { createStagedItem } from '../staging/create-staged-item';
import { rejectStagedItem } from '../staging/reject-staged-item';
import { buildBriefing } from './build-briefing';
import { factSources } from './fact-sources';
import { gatherFacts } from './gather-facts';
import { listBriefings } from './list-briefings';

describe('buildBriefing with real staging data', () => {
  it('gathers pending items by kind and decisions since the last briefing', async () => {
    await createStagedItem({ kind: 'code-review', title: 'r1' }, 'job:x');
    await createStagedItem({ kind: 'code-review', title: 'r2' }, 'job:x');
    const rejected = await createStagedItem({ kind: 'blog-post', title: 'b' }, 'job:x');
    await rejectStagedItem(rejected.id, 'owner:o', 'meh');
    const g = await gatherFacts(factSources, { since: null, until: new Date() });
    expect(g.failures).toEqual([]);
    expect(g.facts.staging).toEqual({
      pendingByKind: { 'code-review': 2 },
      pendingTotal: 2,
      decisionsSince: { rejected: 1 },
    });
    expect(g.facts.workers).toEqual({ total: 0, alive: 0, ids: [] });
  });

  it('stores the briefing, reads honestly without job runs, and keeps history', async () => {
    const first = await buildBriefing({ trigger: 'schedule', runId: 'run-1' });
    expect(first.headline).toBe('No job runs recorded since the first briefing');
    const second = await buildBriefing({ trigger: 'manual' });
    expect(second.headline).toMatch(/^No job runs recorded since \w{3} \d+ \w{3}, \d\d:\d\d$/);
    const { latest, history } = await listBriefings();
    expect(latest?.id).toBe(second.briefingId);
    expect(history.map((h) => h.id)).toEqual([second.briefingId, first.briefingId]);
    expect(latest?.sections.find((s) => s.title === 'Waiting for review')?.lines[1]).toMatch(/^No decisions since/);
    const db = await getDb();
    expect((await db.briefing.findUnique({ where: { id: first.briefingId } }))?.runId).toBe('run-1');
  });

  it('reports a failing source instead of failing the briefing', async () => {
    const g = await gatherFacts(
      [{ name: 'broken', gather: async () => Promise.reject(new Error('boom')) }, ...factSources],
      { since: null, until: new Date() },
    );
    expect(g.failures).toEqual([{ source: 'broken', message: 'boom' }]);
    expect(g.facts.staging).toBeDefined();
  });
});
