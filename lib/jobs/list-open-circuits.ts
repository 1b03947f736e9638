import { getDb } from '../db/client';

/** Jobs whose breaker is open or half-open, as plain objects (the briefing's CircuitFact). */
export async function listOpenCircuits(): Promise<
  Array<{ jobName: string; state: string; failureStreak: number; lastError: string | null }>
> {
  const db = await getDb();
  const rows = await db.jobDefinition.findMany({ where: { circuitState: { not: 'closed' } }, orderBy: { id: 'asc' } });
  return rows.map((r) => ({
    jobName: r.id,
    state: r.circuitState,
    failureStreak: r.consecutiveFailures,
    lastError: r.lastError,
  }));
}
