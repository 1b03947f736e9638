import { route } from '@/lib/auth/route';
import { listJobs } from '@/lib/jobs/list-jobs';

export const GET = route({ access: { scope: 'jobs:read' } }, async () => listJobs());
