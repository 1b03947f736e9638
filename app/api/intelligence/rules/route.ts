import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { createRule, listRules } from '@/lib/intelligence/sentinel/manage-rules';
import { ruleSchema, rulesReplySchema } from '@/lib/intelligence/reply-schemas';

export const GET = route({ output: rulesReplySchema, access: { scope: 'intelligence:read' } }, async () => ({
  rules: await listRules(),
}));

export const POST = route(
  { output: ruleSchema, body: z.record(z.string(), z.unknown()), status: 201 },
  async ({ body }) => createRule(body),
);
