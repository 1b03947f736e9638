import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { exportMemoryJson } from '@/lib/memory/export-memory-json';
import { exportOpenClawFiles } from '@/lib/memory/export-openclaw-files';
import { MEMORY_FILE } from '@/lib/memory/openclaw-format';
import { exportFilesReplySchema } from '@/lib/memory/reply-schemas';

const query = z.object({ format: z.enum(['json', 'openclaw', 'memory-md']).default('json') });
const attachment = (name: string, type: string) => ({
  'content-type': type,
  'content-disposition': `attachment; filename="${name}"`,
  'cache-control': 'no-store',
});

/** json: everything with provenance; openclaw: the workspace files as JSON; memory-md: MEMORY.md itself. */
export const GET = route(
  { output: exportFilesReplySchema, produces: 'attachment', query },
  async ({ query, principal }) => {
    if (query.format === 'json') {
      const doc = await exportMemoryJson(principalLabel(principal));
      return new Response(JSON.stringify(doc, null, 2), {
        headers: attachment('buddy-memory.json', 'application/json'),
      });
    }
    const files = await exportOpenClawFiles();
    if (query.format === 'openclaw') return { files };
    const memory = files.find((f) => f.path === MEMORY_FILE)?.content ?? '';
    return new Response(memory, { headers: attachment(MEMORY_FILE, 'text/markdown; charset=utf-8') });
  },
);
