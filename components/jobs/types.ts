import type { Serialized } from '@/lib/api/serialized';
import type { listJobs } from '@/lib/jobs/list-jobs';
import type { listRuns } from '@/lib/jobs/list-runs';

export type JobsList = Serialized<Awaited<ReturnType<typeof listJobs>>>;
export type JobRow = JobsList['jobs'][number];
export type RunRow = Serialized<Awaited<ReturnType<typeof listRuns>>[number]>;
