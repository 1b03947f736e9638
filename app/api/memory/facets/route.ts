import { route } from '@/lib/auth/route';
import { memoryFacets } from '@/lib/memory/memory-facets';
import { facetsReplySchema } from '@/lib/memory/reply-schemas';

export const GET = route({ output: facetsReplySchema, access: { scope: 'memory:read' } }, async () => memoryFacets());
