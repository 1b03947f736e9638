import { scanIfStale } from '../../lib/memory/duplicate-scan/run-duplicate-scan';
import type { JobHandler } from '../define-handler';

/** The whole-memory duplicate scan: housekeeping in the system queue (no model, no job run recorded). */
export const memoryDuplicateScan: JobHandler<'memory.duplicate-scan'> = async () => scanIfStale();
