import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { listChanges } from '@/lib/intelligence/prometheus/list-models';
import { modelChangesReplySchema } from '@/lib/intelligence/reply-schemas';

const query = z.object({
  provider: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const GET = route(
  { output: modelChangesReplySchema, access: { scope: 'intelligence:read' }, query },
  async ({ query }) => ({
    changes: await listChanges(query),
  }),
);
