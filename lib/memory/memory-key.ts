import { getDb } from '../db/client';
import { env } from '../env';

/** What counts as a live entry for the duplicate comparison (archived entries still count). */
export const LIVE = { deletedAt: null, mergedIntoId: null } as const;

/**
 * The memory state a duplicate scan is valid for. Any write changes it: a new row, a deletion or a
 * merge (the count or updatedAt), an edit (each bumps `version` and `updatedAt`); so does another
 * embeddings setting. Cheap: one aggregate that reads only the index on (version, updatedAt).
 */
export async function memoryKey(): Promise<string> {
  const db = await getDb();
  // Plain SQL: Prisma's aggregate wraps the table in a subquery that SQLite reads row by row.
  const [state] = await db.$queryRawUnsafe<{ entries: unknown; newest: unknown; versions: unknown }[]>(
    'SELECT count(*) AS entries, max("updatedAt") AS newest, sum("version") AS versions FROM "MemoryEntry"',
  );
  const e = env();
  // Each value as the driver gives it (a date is text on SQLite and a Date on PostgreSQL): the key is
  // only compared with keys made the same way on the same database.
  const newest = state?.newest instanceof Date ? state.newest.toISOString() : String(state?.newest ?? '');
  return [
    Number(state?.entries ?? 0),
    newest,
    Number(state?.versions ?? 0),
    e.BUDDY_EMBEDDINGS_PROVIDER,
    e.BUDDY_EMBEDDINGS_URL,
    e.BUDDY_EMBEDDINGS_MODEL,
  ].join(' ');
}
