import { json, route } from '@/lib/api/handler';
import { principalLabel } from '@/lib/auth/principal';
import { dismissDuplicate } from '@/lib/memory/dismiss-duplicate';
import { dismissDuplicateSchema } from '@/lib/memory/schemas';

/** "Not a duplicate" (owner only): the pair is remembered and never proposed again. */
export const POST = route({ body: dismissDuplicateSchema }, async ({ body, principal }) =>
  json({ dismissal: await dismissDuplicate(body, principalLabel(principal)) }, 201),
);
