import { idParams } from '@/lib/api/params';
import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { reauthorizeGrant } from '@/lib/governance/grants/reauthorize-grant';
import { reauthorizeGrantSchema } from '@/lib/governance/grants/schemas';

export const POST = route({ params: idParams, body: reauthorizeGrantSchema }, async ({ params, body, principal }) =>
  json(await reauthorizeGrant(params.id, body, principalLabel(principal)), 201),
);
