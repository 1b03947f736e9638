import { getDb } from '../db/client';
import { CATALOG } from './catalog';

/**
 * How many of Buddy's jobs need the owner: a breaker that is not closed or a failing streak. The
 * sidebar's badge on every page; the same test as the Jobs page's attention group, without reading
 * each job's runs.
 */
export async function countJobsNeedingAttention(): Promise<{ attention: number }> {
  const db = await getDb();
  const attention = await db.jobDefinition.count({
    where: {
      id: { in: [...CATALOG.keys()] },
      OR: [{ circuitState: { not: 'closed' } }, { consecutiveFailures: { gt: 0 } }],
    },
  });
  return { attention };
}
