import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { bulkMemoryAction } from '@/lib/memory/bulk-memory-action';
import { bulkMemorySchema } from '@/lib/memory/schemas';
import { bulkMemoryReplySchema } from '@/lib/memory/reply-schemas';

export const POST = route({ output: bulkMemoryReplySchema, body: bulkMemorySchema }, async ({ body, principal }) =>
  bulkMemoryAction(body, principalLabel(principal)),
);
