import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { undeleteMemoryEntry } from '@/lib/memory/delete-memory-entry';

export const POST = route({ params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params, principal }) => ({
  entry: await undeleteMemoryEntry(params.id, principalLabel(principal)),
}));
