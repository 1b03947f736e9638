import { describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { listJobStates } from '../jobs/night-runs';
import { createStagedItem } from '../staging/create-staged-item';
import { rejectStagedItem } from '../staged-kinds/staging-decisions';
import { buildBriefing } from './build-briefing';
import { factSources } from './fact-sources';
import { gatherFacts } from './gather-facts';
import { listBriefings } from './list-briefings';

const window = () => ({ since: new Date(Date.now() - 86_400_000), until: new Date() });

describe('buildBriefing with real data', () => {
  it('gathers pending items by kind and decisions of the night', async () => {
    await createStagedItem({ kind: 'code-review', title: 'r1' }, 'job:x');
    await createStagedItem({ kind: 'code-review', title: 'r2' }, 'job:x');
    const rejected = await createStagedItem({ kind: 'blog-post', title: 'b' }, 'job:x');
    await rejectStagedItem(rejected.id, 'owner:o', 'meh');
    const g = await gatherFacts(factSources, window());
    expect(g.failures).toEqual([]);
    expect(g.facts.staging).toEqual({
      pendingByKind: { 'code-review': 2 },
      pendingTotal: 2,
      decisionsSince: { rejected: 1 },
    });
    expect(g.facts.workers).toEqual({ total: 0, alive: 0, ids: [] });
    expect(g.facts.jobs?.map((j) => j.name)).toContain('infra-health');
    expect(g.facts.jobs?.map((j) => j.name)).not.toContain('morning-briefing');
  });

  it('covers a fixed night: a rebuild covers the same window, replaces it and keeps the earlier version', async () => {
    const db = await getDb();
    // Buddy has known its jobs for a month; no worker ever ran them last night.
    await listJobStates();
    await db.jobDefinition.updateMany({ data: { createdAt: new Date('2026-11-01T00:00:00Z') } });
    const first = await buildBriefing({ trigger: 'schedule', runId: 'run-1', now: new Date('2026-12-05T05:30:00Z') });
    expect(first.headline).toMatch(/^Needs you: \d+ missed \(.*\); no worker alive · 0 of \d+ expected runs succeeded/);
    const failedAt = new Date('2026-12-04T22:50:00Z');
    await db.jobRun.create({
      data: {
        jobId: 'code-analysis',
        slot: String(failedAt.getTime()),
        trigger: 'schedule',
        status: 'failed',
        sessionId: 's',
        error: 'model timeout',
        startedAt: failedAt,
        finishedAt: failedAt,
      },
    });
    const rebuilt = await buildBriefing({ trigger: 'manual', now: new Date('2026-12-05T07:00:00Z') });
    expect(rebuilt.headline).toMatch(/^Needs you: 1 failed \(code-analysis\); /);
    const { latest, history } = await listBriefings();
    expect(latest?.id).toBe(rebuilt.briefingId);
    expect(latest?.since?.toISOString()).toBe('2026-12-04T05:30:00.000Z');
    expect(latest?.until?.toISOString()).toBe('2026-12-05T05:30:00.000Z');
    expect(history.slice(0, 2).map((h) => [h.id, h.replaced])).toEqual([
      [rebuilt.briefingId, false],
      [first.briefingId, true],
    ]);
    const failed = latest?.sections.find((s) => s.title === 'Failed')?.lines[0];
    expect(failed).toMatchObject({ href: '/jobs#job-code-analysis' });
    expect((await db.briefing.findUnique({ where: { id: first.briefingId } }))?.runId).toBe('run-1');
  });

  it('reports a failing source instead of failing the briefing', async () => {
    const g = await gatherFacts(
      [{ name: 'broken', gather: async () => Promise.reject(new Error('boom')) }, ...factSources],
      window(),
    );
    expect(g.failures).toEqual([{ source: 'broken', message: 'boom' }]);
    expect(g.facts.staging).toBeDefined();
  });
});
