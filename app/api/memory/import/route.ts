import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { IMPORT_BODY_LIMIT } from '@/lib/memory/import-limits';
import { importMemoryJson } from '@/lib/memory/import-memory-json';
import { importOpenClawFiles } from '@/lib/memory/import-openclaw-files';
import { importReplySchema } from '@/lib/memory/reply-schemas';

/**
 * One import endpoint for both formats: `{ files: [{ path, content }] }` holds OpenClaw memory
 * files, anything else must be a Buddy JSON export. Either is all-or-nothing.
 */
export const POST = route(
  { output: importReplySchema, body: z.record(z.string(), z.unknown()), maxBodyBytes: IMPORT_BODY_LIMIT },
  async ({ body, principal }) => {
    const actor = principalLabel(principal);
    const report =
      'files' in body ? await importOpenClawFiles(body as never, actor) : await importMemoryJson(body, actor);
    return { report };
  },
);
