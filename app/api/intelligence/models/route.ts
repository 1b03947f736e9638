import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { listModels } from '@/lib/intelligence/prometheus/list-models';
import { modelsReplySchema } from '@/lib/intelligence/reply-schemas';

export const GET = route(
  {
    output: modelsReplySchema,
    access: { scope: 'intelligence:read' },
    query: z.object({ provider: z.string().max(100).optional() }),
  },
  async ({ query }) => listModels(query),
);
