import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { createPrediction } from '@/lib/intelligence/cassandra/create-prediction';
import { listPredictions } from '@/lib/intelligence/cassandra/list-predictions';
import { listPredictionsQuerySchema } from '@/lib/intelligence/cassandra/schemas';
import { predictionReplySchema, predictionsReplySchema } from '@/lib/intelligence/reply-schemas';

export const GET = route(
  { output: predictionsReplySchema, access: { scope: 'intelligence:read' }, query: listPredictionsQuerySchema },
  async ({ query }) => listPredictions(query),
);

// The body is checked by the use case (field errors for probability and deadline included).
export const POST = route(
  { output: predictionReplySchema, body: z.record(z.string(), z.unknown()), status: 201 },
  async ({ body }) => createPrediction(body as never),
);
