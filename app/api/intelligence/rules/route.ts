import { z } from 'zod';
import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { createRule, listRules } from '@/lib/intelligence/sentinel/manage-rules';

export const GET = route({ access: { scope: 'intelligence:read' } }, async () => ({ rules: await listRules() }));

export const POST = route({ body: z.record(z.string(), z.unknown()) }, async ({ body }) =>
  json(await createRule(body), 201),
);
