import { route } from '@/lib/api/handler';
import { queueDepths } from '@/lib/queue/queue-depths';

export const GET = route({ access: { scope: 'jobs:read' } }, async () => queueDepths());
