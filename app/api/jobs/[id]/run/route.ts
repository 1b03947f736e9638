import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { runQueuedReplySchema } from '@/lib/jobs/reply-schemas';
import { principalLabel } from '@/lib/auth/principal';
import { triggerRun } from '@/lib/jobs/owner-actions';
import { jobIdParams } from '@/lib/jobs/schemas';

export const POST = route(
  { access: { scope: 'jobs:run' }, params: jobIdParams, output: runQueuedReplySchema, status: 202 },
  async ({ params, principal }) => json(await triggerRun(params.id, principalLabel(principal)), 202),
);
