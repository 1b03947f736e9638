import { getDb } from '../../db/client';

/** The one row of MemoryDuplicateScan. */
export const SCAN_ROW_ID = 'memory';

/** The last scan's record, or null before the first one. */
export async function lastScan() {
  const db = await getDb();
  return db.memoryDuplicateScan.findUnique({ where: { id: SCAN_ROW_ID } });
}
