import { z } from 'zod';
import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { updatePrediction } from '@/lib/intelligence/cassandra/update-prediction';

const params = z.object({ id: z.string().min(1).max(100) });
const body = z.object({ probability: z.unknown(), reason: z.unknown() });

export const POST = route({ params, body }, async ({ params, body }) =>
  json(await updatePrediction(params.id, body), 201),
);
