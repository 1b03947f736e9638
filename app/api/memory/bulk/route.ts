import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { bulkMemoryAction } from '@/lib/memory/bulk-memory-action';
import { bulkMemorySchema } from '@/lib/memory/schemas';

export const POST = route({ body: bulkMemorySchema }, async ({ body, principal }) =>
  bulkMemoryAction(body, principalLabel(principal)),
);
