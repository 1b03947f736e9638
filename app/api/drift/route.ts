import { route } from '@/lib/auth/route';
import { getCurrentDrift } from '@/lib/drift/get-current-drift';
import { currentDriftReplySchema } from '@/lib/drift/reply-schemas';

export const GET = route({ access: { scope: 'drift:read' }, output: currentDriftReplySchema }, () => getCurrentDrift());
