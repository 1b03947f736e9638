import { route } from '@/lib/auth/route';
import { runQueuedReplySchema } from '@/lib/jobs/reply-schemas';
import { principalLabel } from '@/lib/auth/principal';
import { triggerRun } from '@/lib/jobs/owner-actions';
import { idParams } from '@/lib/api/params';

export const POST = route(
  { access: { scope: 'jobs:run' }, params: idParams, output: runQueuedReplySchema, status: 202 },
  async ({ params, principal }) => triggerRun(params.id, principalLabel(principal)),
);
