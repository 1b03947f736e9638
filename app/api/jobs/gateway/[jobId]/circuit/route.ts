import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { recordGatewayCircuit } from '@/lib/jobs/gateway/record-gateway-circuit';
import { gatewayCircuitReport, gatewayJobParams } from '@/lib/jobs/gateway/schemas';
import { gatewayCircuitReplySchema } from '@/lib/jobs/reply-schemas';

// Called by the gateway's cron-circuit-breaker plugin with its agent grant (scope jobs:report).
export const POST = route(
  {
    output: gatewayCircuitReplySchema,
    access: { scope: 'jobs:report' },
    params: gatewayJobParams,
    body: gatewayCircuitReport,
    maxBodyBytes: 16 * 1024,
  },
  async ({ params, body, principal }) => recordGatewayCircuit(params.jobId, body, principalLabel(principal)),
);
