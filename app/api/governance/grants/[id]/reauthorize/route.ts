import { z } from 'zod';
import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { reauthorizeGrant } from '@/lib/governance/grants/reauthorize-grant';
import { reauthorizeGrantSchema } from '@/lib/governance/grants/schemas';

export const POST = route(
  { params: z.object({ id: z.string().min(1).max(100) }), body: reauthorizeGrantSchema },
  async ({ params, body, principal }) => json(await reauthorizeGrant(params.id, body, principalLabel(principal)), 201),
);
