import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { setJobEnabled } from '@/lib/jobs/owner-actions';
import { idParams } from '@/lib/api/params';
import { jobEnabledReplySchema } from '@/lib/jobs/reply-schemas';

export const POST = route({ output: jobEnabledReplySchema, params: idParams }, async ({ params, principal }) =>
  setJobEnabled(params.id, true, principalLabel(principal)),
);
