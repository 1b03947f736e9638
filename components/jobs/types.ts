import type { listJobs } from '@/lib/jobs/list-jobs';
import type { listRuns } from '@/lib/jobs/list-runs';

type Jsonified<T> = T extends Date
  ? string
  : T extends Array<infer U>
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;
export type JobsList = Jsonified<Awaited<ReturnType<typeof listJobs>>>;
export type JobRow = JobsList['jobs'][number];
export type RunRow = Jsonified<Awaited<ReturnType<typeof listRuns>>[number]>;
