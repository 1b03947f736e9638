import { route } from '@/lib/auth/route';
import { jobListReplySchema } from '@/lib/jobs/reply-schemas';
import { listJobs } from '@/lib/jobs/list-jobs';

export const GET = route({ access: { scope: 'jobs:read' }, output: jobListReplySchema }, async () => listJobs());
