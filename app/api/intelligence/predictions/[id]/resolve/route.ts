import { idParams } from '@/lib/api/params';
import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { resolvePrediction } from '@/lib/intelligence/cassandra/resolve-prediction';

const body = z.object({ outcome: z.unknown(), note: z.unknown().optional(), reresolve: z.boolean().optional() });

export const POST = route({ params: idParams, body }, async ({ params, body }) => resolvePrediction(params.id, body));
