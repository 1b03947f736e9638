import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { requestHeartbeat } from '@/lib/heartbeats/request-heartbeat';

export const POST = route({ access: 'owner' }, async () => json(await requestHeartbeat(), 202));
