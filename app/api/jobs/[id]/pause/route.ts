import { route } from '@/lib/auth/route';
import { jobEnabledReplySchema } from '@/lib/jobs/reply-schemas';
import { principalLabel } from '@/lib/auth/principal';
import { setJobEnabled } from '@/lib/jobs/owner-actions';
import { idParams } from '@/lib/api/params';

export const POST = route(
  { access: { scope: 'jobs:pause' }, params: idParams, output: jobEnabledReplySchema },
  async ({ params, principal }) => setJobEnabled(params.id, false, principalLabel(principal)),
);
