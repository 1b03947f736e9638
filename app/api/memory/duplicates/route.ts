import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { findDuplicates } from '@/lib/memory/find-duplicates';
import { duplicatesReplySchema } from '@/lib/memory/reply-schemas';

const query = z.object({
  // Near-duplicates below this similarity are left out (contradictions are always listed).
  threshold: z.coerce.number().min(0).max(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const GET = route(
  { output: duplicatesReplySchema, access: { scope: 'memory:read' }, query },
  async ({ query }) => ({
    pairs: await findDuplicates(query),
  }),
);
