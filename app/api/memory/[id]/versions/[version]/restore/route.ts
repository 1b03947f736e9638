import { idParams } from '@/lib/api/params';
import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { restoreMemoryVersion } from '@/lib/memory/restore-memory-version';
import { entryReplySchema } from '@/lib/memory/reply-schemas';

export const POST = route(
  {
    output: entryReplySchema,
    params: idParams.extend({ version: z.coerce.number().int().min(1) }),
    body: z.object({ expectedVersion: z.number().int().min(1) }),
  },
  async ({ params, body, principal }) => ({
    entry: await restoreMemoryVersion(params.id, params.version, body.expectedVersion, principalLabel(principal)),
  }),
);
