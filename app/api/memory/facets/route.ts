import { route } from '@/lib/auth/route';
import { memoryFacets } from '@/lib/memory/memory-facets';

export const GET = route({ access: { scope: 'memory:read' } }, async () => memoryFacets());
