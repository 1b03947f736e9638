import { route } from '@/lib/api/handler';
import { getCurrentDrift } from '@/lib/drift/get-current-drift';

export const GET = route({ access: { scope: 'drift:read' } }, () => getCurrentDrift());
