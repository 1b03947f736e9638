import { route } from '@/lib/auth/route';
import { countJobsNeedingAttention } from '@/lib/jobs/count-jobs-needing-attention';
import { jobsAttentionReplySchema } from '@/lib/jobs/reply-schemas';

// The sidebar's badge: a count, so every page need not read the whole jobs list for it.
export const GET = route({ output: jobsAttentionReplySchema, access: { scope: 'jobs:read' } }, async () =>
  countJobsNeedingAttention(),
);
