import { getDb } from '../../db/client';
import { env } from '../../env';
import { listStagedItems } from '../../staging/list-staged-items';
import type { CreateStagedItemInput } from '../../staging/schemas';
import { composeModelReport } from './compose-model-report';

export const REPORT_JOB = 'model-catalog';
const DAY_MS = 86_400_000;
// The job runs daily at a fixed minute; half a day of slack keeps "a week after the last report"
// from sliding to the next day because this run started a few seconds earlier than last week's.
const REPORT_EVERY_MS = 7 * DAY_MS - DAY_MS / 2;

export type WeeklyReportOutcome = { staged: true; id: string; title: string } | { staged: false; reason: string };

/**
 * The weekly part of the model-catalog job: once a week, the catalog changes since the previous
 * report (the last seven days for the first one) are staged as one `model-report` for the owner.
 * Run after the day's snapshots, so the report includes them. Any report of this job counts,
 * whatever the owner decided about it; a week without changes stages nothing and is looked at
 * again the next day.
 */
export async function stageWeeklyModelReport(ctx: {
  stage: (item: CreateStagedItemInput) => Promise<{ id: string }>;
  now?: Date;
}): Promise<WeeklyReportOutcome> {
  const now = ctx.now ?? new Date();
  const { items } = await listStagedItems({
    kind: 'model-report',
    job: REPORT_JOB,
    archived: 'include',
    until: now,
    limit: 1,
  });
  const last = items[0];
  if (last && now.getTime() - last.createdAt.getTime() < REPORT_EVERY_MS) {
    return {
      staged: false,
      reason: `the last model report is from ${last.createdAt.toISOString().slice(0, 10)}; the next is due a week after it`,
    };
  }
  const since = last?.createdAt ?? new Date(now.getTime() - 7 * DAY_MS);
  const db = await getDb();
  const changes = await db.modelChange.findMany({
    where: { at: { gte: since, lt: now } },
    orderBy: [{ provider: 'asc' }, { modelId: 'asc' }, { at: 'asc' }],
    select: { source: true, modelId: true, provider: true, kind: true, before: true, after: true, at: true },
  });
  const report = composeModelReport(changes, since, now, env().BUDDY_TZ);
  if (!report) return { staged: false, reason: `no model catalog changes since ${since.toISOString().slice(0, 10)}` };
  const { id } = await ctx.stage(report);
  return { staged: true, id, title: report.title };
}
