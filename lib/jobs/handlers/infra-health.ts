import type { JobContext } from '../job-context';
import type { JobResult } from '../types';
import { capability, isNoProvider } from './capability';

/**
 * Database, Redis, Docker containers (and their hardening audit) and disk, read-only; then the
 * architecture drift check, which stages a drift report through this run only when there is new drift.
 */
export async function infraHealth(ctx: JobContext): Promise<JobResult> {
  const health = await capability(ctx, 'infraFacts')();
  const lines = [...health.lines];
  ctx.log.info('health collected', { status: health.status });
  const drift = await capability(ctx, 'driftCheck')();
  lines.push(`drift: ${drift.reason}`);
  if (drift.outcome === 'staged' && drift.stagedItemId)
    ctx.log.info('drift report staged', { stagedItemId: drift.stagedItemId });
  // The job's model (sonnet in the catalog) turns the facts into three sentences for the owner;
  // the facts themselves stay in the report underneath.
  const facts = lines.join('\n');
  // Without a provider the night's checks still ran (drift included); the owner reads the facts as they are.
  const summary = await ctx.ai
    .complete({ prompt: ctx.prompts.render('infra-health', 1, { report: facts }) })
    .catch((error: unknown) => {
      if (isNoProvider(error)) return 'no model provider configured, so no summary; the facts follow.';
      throw error;
    });
  return { kind: 'report', report: `${health.status.toUpperCase()}: ${summary.trim()}\n\n${facts}` };
}
