import { route } from '@/lib/auth/route';
import { getCurrentDrift } from '@/lib/drift/get-current-drift';

export const GET = route({ access: { scope: 'drift:read' } }, () => getCurrentDrift());
