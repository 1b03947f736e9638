import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { resetGatewayJob } from '@/lib/jobs/gateway/reset-gateway-job';
import { gatewayJobParams } from '@/lib/jobs/gateway/schemas';
import { gatewayResetReplySchema } from '@/lib/jobs/reply-schemas';

// The owner's "Re-enable" for a gateway cron job (owner only: the gateway token it uses is operator access).
export const POST = route(
  { output: gatewayResetReplySchema, params: gatewayJobParams },
  async ({ params, principal }) => resetGatewayJob(params.jobId, principalLabel(principal)),
);
