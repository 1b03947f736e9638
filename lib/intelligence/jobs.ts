import { z } from 'zod';
import { env } from '../env';
import { runCatalogSnapshot, runDailyDigest, runFeedTick } from './run-jobs';

export type IntelligenceJob = {
  name: string;
  cron: string;
  queue: 'jobs';
  schema: z.ZodType;
  handler: (payload: unknown, ctx: { signal: AbortSignal }) => Promise<unknown>;
};

const payload = z.object({ reason: z.enum(['schedule', 'manual']).default('schedule') });

function digestCron(): string {
  const [hh, mm] = env().BUDDY_DIGEST_TIME.split(':');
  return `${Number(mm)} ${Number(hh)} * * *`;
}

/**
 * The intelligence pipelines' jobs, for the coordinator to register in lib/queue/catalog.ts and
 * workers/registry.ts. Crons run in BUDDY_TZ. The feed tick runs every 5 minutes (the shortest
 * feed interval); each feed's own schedule decides whether it is fetched.
 */
export const intelligenceJobs: IntelligenceJob[] = [
  { name: 'intelligence.feed-tick', cron: '*/5 * * * *', queue: 'jobs', schema: payload, handler: (_p, { signal }) => runFeedTick(signal) },
  { name: 'intelligence.catalog-snapshot', cron: '17 3 * * *', queue: 'jobs', schema: payload, handler: (_p, { signal }) => runCatalogSnapshot(signal) },
  { name: 'intelligence.daily-digest', get cron() { return digestCron(); }, queue: 'jobs', schema: payload, handler: () => runDailyDigest() },
];
