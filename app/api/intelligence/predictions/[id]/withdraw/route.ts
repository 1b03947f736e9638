import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { withdrawPrediction } from '@/lib/intelligence/cassandra/withdraw-prediction';

export const POST = route({ params: idParams }, async ({ params }) => {
  await withdrawPrediction(params.id);
  return { ok: true };
});
