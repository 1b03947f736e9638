import { CronExpressionParser } from 'cron-parser';

/**
 * The night a briefing covers: from the previous scheduled briefing slot to this one. Fixed by the
 * clock and the briefing's own cron, never by when the last briefing row happened to be written, so a
 * rebuild at 07:00 covers the same night as the 05:30 run instead of shrinking it to 90 minutes.
 */
export function nightWindow(briefingCron: string, timeZone: string, now: Date): { since: Date; until: Date } {
  const it = CronExpressionParser.parse(briefingCron, { tz: timeZone, currentDate: new Date(now.getTime() + 1) });
  const until = it.prev().toDate();
  const since = it.prev().toDate();
  return { since, until };
}

/** Every slot of a cron expression in [since, until), in the owner's time zone. */
export function slotsBetween(cron: string, timeZone: string, since: Date, until: Date, max = 500): Date[] {
  const it = CronExpressionParser.parse(cron, { tz: timeZone, currentDate: new Date(since.getTime() - 1) });
  const out: Date[] = [];
  while (out.length < max) {
    const next = it.next().toDate();
    if (next >= until) break;
    out.push(next);
  }
  return out;
}
