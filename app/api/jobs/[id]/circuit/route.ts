import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { setCircuit } from '@/lib/jobs/owner-actions';
import { circuitBody, jobIdParams } from '@/lib/jobs/schemas';

export const POST = route({ params: jobIdParams, body: circuitBody }, async ({ params, body, principal }) =>
  setCircuit(params.id, body.state, principalLabel(principal)),
);
