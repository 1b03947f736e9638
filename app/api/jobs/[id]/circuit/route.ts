import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { setCircuit } from '@/lib/jobs/owner-actions';
import { idParams } from '@/lib/api/params';
import { circuitBody } from '@/lib/jobs/schemas';
import { circuitReplySchema } from '@/lib/jobs/reply-schemas';

export const POST = route(
  { output: circuitReplySchema, params: idParams, body: circuitBody },
  async ({ params, body, principal }) => setCircuit(params.id, body.state, principalLabel(principal)),
);
