import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { resetGatewayJob } from '@/lib/jobs/gateway/reset-gateway-job';
import { gatewayJobParams } from '@/lib/jobs/gateway/schemas';

// The owner's "Re-enable" for a gateway cron job (owner only: the gateway token it uses is operator access).
export const POST = route({ params: gatewayJobParams }, async ({ params, principal }) =>
  resetGatewayJob(params.jobId, principalLabel(principal)),
);
