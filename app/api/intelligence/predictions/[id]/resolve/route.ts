import { idParams } from '@/lib/api/params';
import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { resolvePrediction } from '@/lib/intelligence/cassandra/resolve-prediction';
import { predictionReplySchema } from '@/lib/intelligence/reply-schemas';

const body = z.object({ outcome: z.unknown(), note: z.unknown().optional(), reresolve: z.boolean().optional() });

export const POST = route({ output: predictionReplySchema, params: idParams, body }, async ({ params, body }) =>
  resolvePrediction(params.id, body),
);
