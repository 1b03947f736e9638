import { getDb } from '../db/client';
import { CATALOG } from './catalog';
import { ensureDefinitions } from './definitions';

/**
 * The runs of a night for the briefing: those whose scheduled slot falls in [since, until) and those
 * started in it (manual runs, late catch-ups), oldest first.
 */
export async function listNightRuns(since: Date, until: Date) {
  const db = await getDb();
  const rows = await db.jobRun.findMany({
    where: { OR: [{ startedAt: { gte: since, lt: until } }, { createdAt: { gte: since, lt: until } }] },
    orderBy: { createdAt: 'asc' },
    take: 5000,
  });
  return rows.map((r) => ({
    runId: r.id,
    jobName: r.jobId,
    status: r.status,
    slot: r.slot,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    durationMs: r.durationMs,
    model: r.model,
    tokensIn: r.tokensIn,
    tokensOut: r.tokensOut,
    error: r.error,
    summary: r.summary,
  }));
}

/** Every catalog job with what decides whether its slots were due: schedule, pause, breaker, age. */
export async function listJobStates() {
  const specs = [...CATALOG.values()];
  await ensureDefinitions(specs);
  const db = await getDb();
  const defs = new Map((await db.jobDefinition.findMany()).map((d) => [d.id, d]));
  return specs.map((spec) => {
    const def = defs.get(spec.name);
    return {
      name: spec.name,
      title: spec.title,
      cron: spec.cron,
      enabled: def?.enabled ?? true,
      circuitState: def?.circuitState ?? 'closed',
      knownSince: def?.createdAt ?? new Date(0),
      circuitChangedAt: def?.circuitChangedAt ?? null,
    };
  });
}

/** The morning briefing's schedule: its slots bound the night the briefing covers. */
export function briefingCron(): string {
  return CATALOG.get('morning-briefing')?.cron ?? '30 5 * * *';
}
