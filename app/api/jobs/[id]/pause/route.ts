import { route } from '@/lib/auth/route';
import { jobEnabledReplySchema } from '@/lib/jobs/reply-schemas';
import { principalLabel } from '@/lib/auth/principal';
import { setJobEnabled } from '@/lib/jobs/owner-actions';
import { jobIdParams } from '@/lib/jobs/schemas';

export const POST = route(
  { access: { scope: 'jobs:pause' }, params: jobIdParams, output: jobEnabledReplySchema },
  async ({ params, principal }) => setJobEnabled(params.id, false, principalLabel(principal)),
);
