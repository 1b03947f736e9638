import { describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { getQueue } from '../queue/queues';
import { INTELLIGENCE_JOBS } from '../intelligence/jobs';
import { buildCatalog, CATALOG, CORE_JOBS } from './catalog';
import { enqueueCatchUps, nextSlot, previousSlot } from './catch-up';
import { describeSchedule } from './describe-schedule';
import { syncSchedules } from './sync-schedules';

describe('catalog -> BullMQ job schedulers', () => {
  it('declares the 11 jobs of the nightly schedule (8 daily + 3 weekly)', () => {
    const words = CORE_JOBS.map((s) => describeSchedule(s.cron));
    expect(CORE_JOBS).toHaveLength(11);
    // The intelligence pipelines contribute their own (model-less) jobs beside the nightly eleven.
    expect(CATALOG.size).toBe(11 + INTELLIGENCE_JOBS.length);
    expect(words.filter((w) => w.startsWith('Daily') || w.startsWith('Weekdays'))).toHaveLength(8);
    expect(words.filter((w) => w.startsWith('Sundays'))).toHaveLength(3);
    expect(describeSchedule('0 6 * * 1-5')).toBe('Weekdays at 06:00');
    expect(CATALOG.get('staging-cleanup')?.model).toBeNull();
  });

  it('sync is idempotent, and a job removed from the catalog loses its scheduler', async () => {
    const queue = getQueue('jobs');
    await syncSchedules(queue, CATALOG, 'Europe/Berlin');
    await syncSchedules(queue, CATALOG, 'Europe/Berlin');
    let schedulers = await queue.getJobSchedulers(0, -1);
    expect(schedulers.filter((s) => s.key.startsWith('job:'))).toHaveLength(CATALOG.size);
    expect(schedulers.find((s) => s.key === 'job:infra-health')).toMatchObject({
      pattern: '0 22 * * *',
      tz: 'Europe/Berlin',
    });

    const smaller = buildCatalog([[...CATALOG.values()].filter((s) => s.name !== 'feature-discovery')]);
    const result = await syncSchedules(queue, smaller, 'Europe/Berlin');
    expect(result.removed).toEqual(['feature-discovery']);
    schedulers = await queue.getJobSchedulers(0, -1);
    expect(schedulers.map((s) => s.key)).not.toContain('job:feature-discovery');
    expect(schedulers).toHaveLength(CATALOG.size - 1);
  });

  it('paused and open-circuit jobs get no scheduler', async () => {
    const db = await getDb();
    await db.jobDefinition.update({ where: { id: 'code-analysis' }, data: { enabled: false } });
    await db.jobDefinition.update({ where: { id: 'content-research' }, data: { circuitState: 'open' } });
    const { active } = await syncSchedules(getQueue('jobs'), CATALOG, 'UTC');
    expect(active).not.toContain('code-analysis');
    expect(active).not.toContain('content-research');
    const keys = (await getQueue('jobs').getJobSchedulers(0, -1)).map((s) => s.key);
    expect(keys).not.toContain('job:code-analysis');
    expect(keys).not.toContain('job:content-research');
  });

  it('weekday schedules skip the weekend in BUDDY_TZ', () => {
    const friday = new Date('2026-11-27T12:00:00Z');
    expect(nextSlot('0 6 * * 1-5', 'Europe/Berlin', friday).toISOString()).toBe('2026-11-30T05:00:00.000Z');
    expect(previousSlot('0 22 * * *', 'UTC', friday).toISOString()).toBe('2026-11-26T22:00:00.000Z');
  });

  it('catch-up run-once: enqueues the most recent missed slot once, with a fixed job id', async () => {
    const db = await getDb();
    const longAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    await db.jobDefinition.updateMany({ data: { createdAt: longAgo, enabled: true, circuitState: 'closed' } });
    const queue = getQueue('jobs');
    const first = await enqueueCatchUps(queue, CATALOG, 'UTC');
    const second = await enqueueCatchUps(queue, CATALOG, 'UTC');
    const runOnce = [...CATALOG.values()].filter((s) => s.catchUp === 'run-once').map((s) => s.name);
    expect(first.sort()).toEqual(runOnce.sort());
    expect(second.sort()).toEqual(runOnce.sort());
    const waiting = (await queue.getJobs(['wait', 'delayed'])).filter((j) => j.id?.startsWith('catchup-'));
    expect(waiting).toHaveLength(runOnce.length);
  });
});
