import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { rejectBodySchema } from '@/lib/staging/list-schemas';
import { rejectStagedItem } from '@/lib/staging/reject-staged-item';

const params = z.object({ id: z.string().min(1).max(100) });

export const POST = route({ params, body: rejectBodySchema }, async ({ params, body, principal }) =>
  rejectStagedItem(params.id, principalLabel(principal), body.reason),
);
