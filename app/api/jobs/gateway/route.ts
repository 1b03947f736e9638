import { route } from '@/lib/auth/route';
import { listGatewayJobs } from '@/lib/jobs/gateway/list-gateway-jobs';

export const GET = route({ access: { scope: 'jobs:read' } }, async () => listGatewayJobs());
