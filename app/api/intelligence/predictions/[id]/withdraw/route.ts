import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { withdrawPrediction } from '@/lib/intelligence/cassandra/withdraw-prediction';

export const POST = route({ params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params }) => {
  await withdrawPrediction(params.id);
  return { ok: true };
});
