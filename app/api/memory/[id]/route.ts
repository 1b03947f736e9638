import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { deleteMemoryEntry } from '@/lib/memory/delete-memory-entry';
import { getMemoryEntry } from '@/lib/memory/get-memory-entry';
import { ENTRY_BODY_LIMIT, updateMemorySchema } from '@/lib/memory/schemas';
import { updateMemoryEntry } from '@/lib/memory/update-memory-entry';

const params = z.object({ id: z.string().min(1).max(100) });

export const GET = route({ access: { scope: 'memory:read' }, params }, async ({ params }) => getMemoryEntry(params.id));

export const PATCH = route(
  { params, body: updateMemorySchema, maxBodyBytes: ENTRY_BODY_LIMIT },
  async ({ params, body, principal }) => ({
    entry: await updateMemoryEntry(params.id, body, principalLabel(principal)),
  }),
);

export const DELETE = route({ params }, async ({ params, principal }) => ({
  entry: await deleteMemoryEntry(params.id, principalLabel(principal)),
}));
