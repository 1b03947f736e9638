import type { JobSpec } from '../jobs/types';
import { env } from '../env';
import { modelCatalog, newsDigest, newsFeeds } from './job-handlers';

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
 * None calls a model. This list holds only schedules and grants; the handlers are in ./job-handlers.ts
 * and reach the system through the capabilities granted here (both checked by .dependency-cruiser.cjs).
 * The feed tick is hourly (the default feed interval): each feed's own schedule (ttl, Retry-After,
 * Cache-Control) decides whether it is fetched on a given tick, and an hourly tick keeps the run
 * history and the briefing readable.
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
    capabilities: ['pollFeeds'],
    handler: newsFeeds,
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
    capabilities: ['snapshotModelCatalogs', 'stageWeeklyModelReport'],
    handler: modelCatalog,
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
    capabilities: ['buildDailyDigest'],
    handler: newsDigest,
  },
];
