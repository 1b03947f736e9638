import { z } from 'zod';
import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { createPrediction } from '@/lib/intelligence/cassandra/create-prediction';
import { listPredictions } from '@/lib/intelligence/cassandra/list-predictions';
import { listPredictionsQuerySchema } from '@/lib/intelligence/cassandra/schemas';

export const GET = route(
  { access: { scope: 'intelligence:read' }, query: listPredictionsQuerySchema },
  async ({ query }) => listPredictions(query),
);

// The body is checked by the use case (field errors for probability and deadline included).
export const POST = route({ body: z.record(z.string(), z.unknown()) }, async ({ body }) =>
  json(await createPrediction(body as never), 201),
);
