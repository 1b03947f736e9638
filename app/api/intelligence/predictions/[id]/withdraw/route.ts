import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { withdrawPrediction } from '@/lib/intelligence/cassandra/withdraw-prediction';
import { okReplySchema } from '@/lib/intelligence/reply-schemas';

export const POST = route({ output: okReplySchema, params: idParams }, async ({ params }) => {
  await withdrawPrediction(params.id);
  return { ok: true };
});
