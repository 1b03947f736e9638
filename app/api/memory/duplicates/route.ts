import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { findDuplicates } from '@/lib/memory/find-duplicates';
import { DEFAULT_THRESHOLD } from '@/lib/memory/minhash';

const query = z.object({
  // Pairs are found and stored at DEFAULT_THRESHOLD (the LSH bands are tuned for it); a caller may ask for stricter.
  threshold: z.coerce.number().min(DEFAULT_THRESHOLD, `must be at least ${DEFAULT_THRESHOLD}`).max(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const GET = route({ access: { scope: 'memory:read' }, query }, async ({ query }) => ({
  pairs: await findDuplicates(query),
}));
