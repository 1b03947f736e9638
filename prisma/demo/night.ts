import { nightWindow, slotsBetween } from '../../lib/briefing/night-window';
import { getDb } from '../../lib/db/client';
import { env } from '../../lib/env';
import { CATALOG } from '../../lib/jobs/catalog';
import { closeRun } from '../../lib/jobs/close-run';
import { listJobStates } from '../../lib/jobs/night-runs';
import { claimRun } from '../../lib/jobs/record-run';

/**
 * Last night's runs through the jobs domain's own claim and close: most succeed, deep code analysis
 * fails three nights running (its breaker trips), content generation is skipped for want of a
 * provider, and the hourly feeds miss two slots.
 */
export async function seedNight(now: Date): Promise<{ runs: number }> {
  const tz = env().BUDDY_TZ;
  const night = nightWindow('30 5 * * *', tz, now);
  const earlier = nightWindow('30 5 * * *', tz, new Date(night.since.getTime() - 1));
  const jobs = await listJobStates();
  // The demo install has known its jobs for a month, so last night's slots were all expected of them.
  await (await getDb()).jobDefinition.updateMany({ data: { createdAt: new Date(now.getTime() - 30 * 86_400_000) } });
  let runs = 0;
  const run = async (jobId: string, at: Date, status: 'succeeded' | 'failed' | 'skipped', detail: string) => {
    const spec = CATALOG.get(jobId);
    const claim = await claimRun({
      jobId,
      slot: String(at.getTime()),
      trigger: 'schedule',
      model: spec?.model ?? null,
    });
    if (claim.kind !== 'claimed') return;
    runs += 1;
    await closeRun(
      jobId,
      claim.run.id,
      {
        status,
        startedAt: at,
        error: status === 'failed' ? detail : null,
        summary: status === 'failed' ? null : detail,
        model: status === 'skipped' ? null : (spec?.model ?? null),
        tokensIn: status === 'succeeded' && spec?.model ? 2400 : 0,
        tokensOut: status === 'succeeded' && spec?.model ? 610 : 0,
      },
      'closed',
    );
  };
  // Two earlier nights of deep code analysis failing, so tonight's failure trips the breaker.
  for (const w of [nightWindow('30 5 * * *', tz, new Date(earlier.since.getTime() - 1)), earlier]) {
    for (const at of slotsBetween('50 22 * * *', tz, w.since, w.until))
      await run('code-analysis', at, 'failed', 'model call failed: 529 overloaded after 3 attempts');
  }
  for (const job of jobs) {
    if (job.name === 'morning-briefing') continue;
    const slots = slotsBetween(job.cron, tz, night.since, night.until);
    for (const [i, at] of slots.entries()) {
      if (job.name === 'news-feeds' && (i === 3 || i === 4)) continue; // no worker for two hours
      if (job.name === 'code-analysis')
        await run(job.name, at, 'failed', 'model call failed: 529 overloaded after 3 attempts');
      else if (job.name === 'content-generation') await run(job.name, at, 'skipped', 'no model provider configured');
      else await run(job.name, at, 'succeeded', 'demo run');
    }
  }
  return { runs };
}
