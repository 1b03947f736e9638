import type { JobName } from '../lib/queue/catalog';
import type { JobHandler } from './define-handler';
import { heartbeat } from './jobs/heartbeat';
import { memoryDuplicateScan } from './jobs/memory-duplicate-scan';
import { runCatalogJob } from './jobs/run-catalog-job';

/** name -> handler; the payload schema of each name lives in lib/queue/catalog.ts. */
export const HANDLERS: { [N in JobName]: JobHandler<N> } = {
  'system.heartbeat': heartbeat,
  'memory.duplicate-scan': memoryDuplicateScan,
  'jobs.run': runCatalogJob,
};
