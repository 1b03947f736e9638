import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { undeleteMemoryEntry } from '@/lib/memory/delete-memory-entry';

export const POST = route({ params: idParams }, async ({ params, principal }) => ({
  entry: await undeleteMemoryEntry(params.id, principalLabel(principal)),
}));
