import type { JobSpec } from '../jobs/types';
import { env } from '../env';
import { stageWeeklyModelReport } from './prometheus/stage-weekly-model-report';
import { runCatalogSnapshot, runDailyDigest, runFeedTick } from './run-jobs';

const MIN = 60_000;

function digestCron(): string {
  return minutesAfterDigestCron(0);
}

/** A daily cron `minutes` after the digest (BUDDY_DIGEST_TIME): content jobs run once it is written. */
export function minutesAfterDigestCron(minutes: number): string {
  const [hh, mm] = env().BUDDY_DIGEST_TIME.split(':');
  const at = (Number(hh) * 60 + Number(mm) + minutes) % (24 * 60);
  return `${at % 60} ${Math.floor(at / 60)} * * *`;
}

/**
 * The intelligence pipelines' scheduled jobs, contributed to the job catalog (lib/jobs/catalog.ts).
 * None calls a model. The feed tick is hourly (the default feed interval): each feed's own schedule
 * (ttl, Retry-After, Cache-Control) decides whether it is fetched on a given tick, and an hourly
 * tick keeps the run history and the briefing readable.
 */
export const INTELLIGENCE_JOBS: JobSpec[] = [
  {
    name: 'news-feeds',
    title: 'News feeds (AI Sentinel)',
    description: 'Fetches every feed that is due, with conditional GET and backoff.',
    cron: '7 * * * *',
    model: null,
    timeoutMs: 10 * MIN,
    catchUp: 'skip',
    outputs: [],
    handler: async (ctx) => {
      const { polled, results } = await runFeedTick(ctx.signal);
      if (polled === 0) return { kind: 'nothing-to-report', reason: 'no feed was due' };
      const failed = Object.values(results).filter((s) => s !== 'ok' && s !== 'not-modified').length;
      return { kind: 'report', report: `${polled} feed(s) fetched, ${failed} with an error` };
    },
  },
  {
    name: 'model-catalog',
    title: 'Model catalog snapshot (Prometheus)',
    description:
      'Snapshots the configured model catalogs and records what changed; once a week stages a report of the changes.',
    cron: '17 3 * * *',
    model: null,
    timeoutMs: 10 * MIN,
    catchUp: 'run-once',
    outputs: ['model-report'],
    handler: async (ctx) => {
      const results = await runCatalogSnapshot(ctx.signal);
      const names = Object.keys(results);
      const snapshots = names.length
        ? names.map((n) => `${n}: ${results[n]}`).join(', ')
        : 'no catalog source is configured (BUDDY_CATALOG_SOURCES)';
      // The report covers manual entries and earlier snapshots too, so it does not depend on a source being configured.
      const report = ctx.signal.aborted
        ? { staged: false as const, reason: 'stopped' }
        : await stageWeeklyModelReport({ stage: (item) => ctx.staging.create(item) });
      if (report.staged) return { kind: 'produced', summary: `${snapshots}; weekly report staged: ${report.title}` };
      if (names.length === 0) return { kind: 'nothing-to-report', reason: `${snapshots}; ${report.reason}` };
      return { kind: 'report', report: `${snapshots}; no weekly report: ${report.reason}` };
    },
  },
  {
    name: 'news-digest',
    title: 'Daily news digest (AI Sentinel)',
    description: 'Ranks the day’s stories, at most three per source, before the morning briefing.',
    get cron() {
      return digestCron();
    },
    model: null,
    timeoutMs: 5 * MIN,
    catchUp: 'run-once',
    outputs: [],
    handler: async () => {
      const { day, stories } = await runDailyDigest();
      return { kind: 'report', report: `digest for ${day}: ${stories} stories` };
    },
  },
];
