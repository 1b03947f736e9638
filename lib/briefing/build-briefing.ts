import { getDb } from '../db/client';
import type { JsonInput } from '../db/json';
import { env } from '../env';
import { publishEvent } from '../events/publish';
import { briefingCron } from '../jobs/night-runs';
import { composeBriefing } from './compose-briefing';
import { factSources } from './fact-sources';
import { gatherFacts } from './gather-facts';
import { nightWindow } from './night-window';
import { type WriteProse, writeBriefingProse } from './prose';

/**
 * Composes the briefing of the night (previous scheduled briefing slot to this one) from every fact
 * source, stores it and tells open dashboards. Called by the 05:30 job (trigger 'schedule', with its
 * model for the prose) and by "rebuild now": a rebuild covers the same night and becomes that night's
 * briefing, the earlier version stays in the history. `now` is for tests.
 */
export async function buildBriefing(opts: {
  trigger: 'schedule' | 'manual';
  runId?: string;
  writeProse?: WriteProse;
  now?: Date;
}): Promise<{ briefingId: string; headline: string }> {
  const db = await getDb();
  const tz = env().BUDDY_TZ;
  const now = opts.now ?? new Date();
  const window = nightWindow(briefingCron(), tz, now);
  const gathered = await gatherFacts(factSources, window);
  const composed = composeBriefing(gathered, tz);
  const prose = await writeBriefingProse(composed, opts.writeProse);
  const row = await db.briefing.create({
    data: {
      trigger: opts.trigger,
      runId: opts.runId ?? null,
      headline: composed.headline,
      body: prose.text ? `${prose.text}\n\n${composed.markdown}` : composed.markdown,
      sections: { tone: composed.tone, sections: composed.sections, prose, until: window.until.toISOString() },
      facts: { facts: gathered.facts, failures: gathered.failures } as JsonInput,
      since: window.since,
      createdAt: now,
    },
    select: { id: true, headline: true },
  });
  await publishEvent('briefing', 'created', row.id);
  return { briefingId: row.id, headline: row.headline };
}
