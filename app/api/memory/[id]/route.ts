import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { deleteMemoryEntry } from '@/lib/memory/delete-memory-entry';
import { getMemoryEntry } from '@/lib/memory/get-memory-entry';
import { ENTRY_BODY_LIMIT, updateMemorySchema } from '@/lib/memory/schemas';
import { updateMemoryEntry } from '@/lib/memory/update-memory-entry';
import { entryReplySchema, memoryDetailReplySchema } from '@/lib/memory/reply-schemas';

export const GET = route(
  { output: memoryDetailReplySchema, access: { scope: 'memory:read' }, params: idParams },
  async ({ params }) => getMemoryEntry(params.id),
);

export const PATCH = route(
  { output: entryReplySchema, params: idParams, body: updateMemorySchema, maxBodyBytes: ENTRY_BODY_LIMIT },
  async ({ params, body, principal }) => ({
    entry: await updateMemoryEntry(params.id, body, principalLabel(principal)),
  }),
);

export const DELETE = route({ output: entryReplySchema, params: idParams }, async ({ params, principal }) => ({
  entry: await deleteMemoryEntry(params.id, principalLabel(principal)),
}));
