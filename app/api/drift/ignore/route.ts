import { route } from '@/lib/api/handler';
import { listIgnoreRules } from '@/lib/drift/list-ignore-rules';

export const GET = route({ access: { scope: 'drift:read' } }, () => listIgnoreRules());
