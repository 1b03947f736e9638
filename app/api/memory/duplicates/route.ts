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
  // Reads the last scan's findings; when memory changed since, asks a worker for a new scan.
  async ({ query }) => findDuplicates(query),
);
