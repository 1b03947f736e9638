import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { undeleteMemoryEntry } from '@/lib/memory/delete-memory-entry';
import { entryReplySchema } from '@/lib/memory/reply-schemas';

export const POST = route({ output: entryReplySchema, params: idParams }, async ({ params, principal }) => ({
  entry: await undeleteMemoryEntry(params.id, principalLabel(principal)),
}));
