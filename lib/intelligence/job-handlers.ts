import { capability } from '../jobs/handlers/capability';
import type { JobContext } from '../jobs/job-context';
import type { JobResult } from '../jobs/types';

/**
 * The handlers of the intelligence jobs (listed in ./jobs.ts). Like the core handlers they reach the
 * system only through their job context: the feeds, the catalogs, the weekly report and the digest
 * are named capabilities the catalog entry grants (a dependency rule in .dependency-cruiser.cjs).
 */
export async function newsFeeds(ctx: JobContext): Promise<JobResult> {
  const { polled, results } = await capability(ctx, 'pollFeeds')();
  if (polled === 0) return { kind: 'nothing-to-report', reason: 'no feed was due' };
  const failed = Object.values(results).filter((s) => s !== 'ok' && s !== 'not-modified').length;
  return { kind: 'report', report: `${polled} feed(s) fetched, ${failed} with an error` };
}

export async function modelCatalog(ctx: JobContext): Promise<JobResult> {
  const results = await capability(ctx, 'snapshotModelCatalogs')();
  const names = Object.keys(results);
  const snapshots = names.length
    ? names.map((n) => `${n}: ${results[n]}`).join(', ')
    : 'no catalog source is configured (BUDDY_CATALOG_SOURCES)';
  // The report covers manual entries and earlier snapshots too, so it does not depend on a source being configured.
  const report = ctx.signal.aborted
    ? { staged: false as const, reason: 'stopped' }
    : await capability(ctx, 'stageWeeklyModelReport')();
  if (report.staged) return { kind: 'produced', summary: `${snapshots}; weekly report staged: ${report.title}` };
  if (names.length === 0) return { kind: 'nothing-to-report', reason: `${snapshots}; ${report.reason}` };
  return { kind: 'report', report: `${snapshots}; no weekly report: ${report.reason}` };
}

export async function newsDigest(ctx: JobContext): Promise<JobResult> {
  const { day, stories } = await capability(ctx, 'buildDailyDigest')();
  return { kind: 'report', report: `digest for ${day}: ${stories} stories` };
}
