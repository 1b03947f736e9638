import { route } from '@/lib/auth/route';
import { queueDepthsReplySchema } from '@/lib/jobs/reply-schemas';
import { queueDepths } from '@/lib/queue/queue-depths';

export const GET = route({ access: { scope: 'jobs:read' }, output: queueDepthsReplySchema }, async () => queueDepths());
