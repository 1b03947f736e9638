import { route } from '@/lib/auth/route';
import { requestHeartbeat } from '@/lib/heartbeats/request-heartbeat';
import { heartbeatRequestedReplySchema } from '@/lib/heartbeats/reply-schemas';

export const POST = route({ output: heartbeatRequestedReplySchema, access: 'owner', status: 202 }, async () =>
  requestHeartbeat(),
);
