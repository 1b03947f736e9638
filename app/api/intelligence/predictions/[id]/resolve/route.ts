import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { resolvePrediction } from '@/lib/intelligence/cassandra/resolve-prediction';

const params = z.object({ id: z.string().min(1).max(100) });
const body = z.object({ outcome: z.unknown(), note: z.unknown().optional(), reresolve: z.boolean().optional() });

export const POST = route({ params, body }, async ({ params, body }) => resolvePrediction(params.id, body));
