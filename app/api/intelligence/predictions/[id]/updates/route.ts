import { idParams } from '@/lib/api/params';
import { z } from 'zod';
import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { updatePrediction } from '@/lib/intelligence/cassandra/update-prediction';

const body = z.object({ probability: z.unknown(), reason: z.unknown() });

export const POST = route({ params: idParams, body }, async ({ params, body }) =>
  json(await updatePrediction(params.id, body), 201),
);
