import { route } from '@/lib/auth/route';
import { listGatewayJobs } from '@/lib/jobs/gateway/list-gateway-jobs';
import { gatewayJobsReplySchema } from '@/lib/jobs/reply-schemas';

export const GET = route({ output: gatewayJobsReplySchema, access: { scope: 'jobs:read' } }, async () =>
  listGatewayJobs(),
);
