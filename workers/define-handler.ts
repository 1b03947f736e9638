import type { Job } from 'bullmq';
import type { JobName, JobPayload } from '../lib/queue/catalog';

export type HandlerContext = {
  job: Job;
  /** Aborted when the worker shuts down or the job's time budget runs out. */
  signal: AbortSignal;
};

export type JobHandler<N extends JobName> = (payload: JobPayload<N>, ctx: HandlerContext) => Promise<unknown>;
