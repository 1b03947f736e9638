import { getDb } from '../db/client';
import { env } from '../env';
import { publishEvent } from '../events/publish';
import { composeBriefing } from './compose-briefing';
import { factSources } from './fact-sources';
import { gatherFacts } from './gather-facts';

/**
 * Composes the briefing of the night from every fact source since the previous briefing, stores it
 * and tells open dashboards. Called by the 05:30 job (trigger 'schedule') and by "rebuild now".
 */
export async function buildBriefing(opts: {
  trigger: 'schedule' | 'manual';
  runId?: string;
}): Promise<{ briefingId: string; headline: string }> {
  const db = await getDb();
  const previous = await db.briefing.findFirst({ orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
  const until = new Date();
  const gathered = await gatherFacts(factSources, { since: previous?.createdAt ?? null, until });
  const composed = composeBriefing(gathered, env().BUDDY_TZ);
  const row = await db.briefing.create({
    data: {
      trigger: opts.trigger,
      runId: opts.runId ?? null,
      headline: composed.headline,
      body: composed.markdown,
      sections: JSON.stringify({ tone: composed.tone, sections: composed.sections }),
      facts: JSON.stringify({ facts: gathered.facts, failures: gathered.failures }),
      since: gathered.since,
      createdAt: until,
    },
    select: { id: true, headline: true },
  });
  await publishEvent('briefing', 'created', row.id);
  return { briefingId: row.id, headline: row.headline };
}
