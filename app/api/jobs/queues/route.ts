import { route } from '@/lib/auth/route';
import { queueDepths } from '@/lib/queue/queue-depths';

export const GET = route({ access: { scope: 'jobs:read' } }, async () => queueDepths());
