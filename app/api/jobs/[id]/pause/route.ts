import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { setJobEnabled } from '@/lib/jobs/owner-actions';
import { jobIdParams } from '@/lib/jobs/schemas';

export const POST = route({ access: { scope: 'jobs:pause' }, params: jobIdParams }, async ({ params, principal }) =>
  setJobEnabled(params.id, false, principalLabel(principal)),
);
