import type { Reply } from '@/lib/api/serialized';
import type { gatewayJobsReplySchema, jobListReplySchema, jobRunsReplySchema } from '@/lib/jobs/reply-schemas';

/** Wire shapes of /api/jobs, from the endpoints' reply schemas. */
export type JobsList = Reply<typeof jobListReplySchema>;
export type JobRow = JobsList['jobs'][number];
export type RunRow = Reply<typeof jobRunsReplySchema>['runs'][number];
export type GatewayJobRow = Reply<typeof gatewayJobsReplySchema>['jobs'][number];
