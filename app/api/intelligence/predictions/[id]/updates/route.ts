import { idParams } from '@/lib/api/params';
import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { updatePrediction } from '@/lib/intelligence/cassandra/update-prediction';
import { predictionReplySchema } from '@/lib/intelligence/reply-schemas';

const body = z.object({ probability: z.unknown(), reason: z.unknown() });

export const POST = route(
  { output: predictionReplySchema, params: idParams, body, status: 201 },
  async ({ params, body }) => updatePrediction(params.id, body),
);
