import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { reauthorizeGrant } from '@/lib/governance/grants/reauthorize-grant';
import { reauthorizeGrantSchema } from '@/lib/governance/grants/schemas';
import { grantReauthorizedReplySchema } from '@/lib/governance/grants/reply-schemas';

export const POST = route(
  { output: grantReauthorizedReplySchema, params: idParams, body: reauthorizeGrantSchema, status: 201 },
  async ({ params, body, principal }) => reauthorizeGrant(params.id, body, principalLabel(principal)),
);
