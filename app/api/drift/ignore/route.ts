import { route } from '@/lib/auth/route';
import { listIgnoreRules } from '@/lib/drift/list-ignore-rules';

export const GET = route({ access: { scope: 'drift:read' } }, () => listIgnoreRules());
