import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { revokeGrant } from '@/lib/governance/grants/revoke-grant';
import { revokeGrantSchema } from '@/lib/governance/grants/schemas';
import { grantReplySchema } from '@/lib/governance/grants/reply-schemas';

export const POST = route(
  { output: grantReplySchema, params: idParams, body: revokeGrantSchema },
  async ({ params, body, principal }) => ({
    grant: await revokeGrant(params.id, body, principalLabel(principal)),
  }),
);
