import { publishEvent } from '../events/publish';
import { requestDuplicateScan } from './duplicate-scan/request-duplicate-scan';

/**
 * After a write to memory commits: open pages refresh, and a worker compares the whole memory again
 * so the duplicates panel follows (a lost request is caught by the next look at the panel, which
 * sees the scan is stale, or by the nightly scan).
 */
export async function announceMemoryChange(type: string, id?: string): Promise<void> {
  await publishEvent('memory', type, id);
  await requestDuplicateScan('changed');
}
