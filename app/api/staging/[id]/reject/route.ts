import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { rejectBodySchema } from '@/lib/staging/list-schemas';
import { rejectReplySchema } from '@/lib/staging/reply-schemas';
import { rejectStagedItem } from '@/lib/staged-kinds/staging-decisions';

export const POST = route(
  { params: idParams, body: rejectBodySchema, output: rejectReplySchema },
  async ({ params, body, principal }) => rejectStagedItem(params.id, principalLabel(principal), body.reason),
);
