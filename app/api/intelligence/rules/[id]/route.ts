import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { deleteRule } from '@/lib/intelligence/sentinel/manage-rules';

export const DELETE = route({ params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params }) => {
  await deleteRule(params.id);
  return { ok: true };
});
