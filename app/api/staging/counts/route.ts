import { route } from '@/lib/auth/route';
import { countStagedItems } from '@/lib/staging/count-staged-items';

export const GET = route({ access: { scope: 'staging:read' } }, async () => countStagedItems());
