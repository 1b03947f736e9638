import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { mergeMemoryEntries } from '@/lib/memory/merge-memory-entries';
import { ENTRY_BODY_LIMIT, mergeMemorySchema } from '@/lib/memory/schemas';
import { entryReplySchema } from '@/lib/memory/reply-schemas';

export const POST = route(
  { output: entryReplySchema, body: mergeMemorySchema, maxBodyBytes: ENTRY_BODY_LIMIT },
  async ({ body, principal }) => ({
    entry: await mergeMemoryEntries(body, principalLabel(principal)),
  }),
);
