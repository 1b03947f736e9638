import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { dismissDuplicate, undismissDuplicate } from '@/lib/memory/dismiss-duplicate';
import { dismissDuplicateSchema } from '@/lib/memory/schemas';

/** "Not a duplicate" (owner only): the pair is remembered and never proposed again. */
export const POST = route({ body: dismissDuplicateSchema }, async ({ body, principal }) =>
  json({ dismissal: await dismissDuplicate(body, principalLabel(principal)) }, 201),
);

/** Undo of "not a duplicate" (owner only): the pair may be proposed again, at once if still alike. */
export const DELETE = route({ body: dismissDuplicateSchema }, async ({ body, principal }) => ({
  dismissal: await undismissDuplicate(body, principalLabel(principal)),
}));
