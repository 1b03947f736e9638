import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { dismissDuplicate, undismissDuplicate } from '@/lib/memory/dismiss-duplicate';
import { dismissDuplicateSchema } from '@/lib/memory/schemas';
import { dismissedReplySchema, undismissedReplySchema } from '@/lib/memory/reply-schemas';

/** "Not a duplicate" (owner only): the pair is remembered and never proposed again. */
export const POST = route(
  { output: dismissedReplySchema, body: dismissDuplicateSchema, status: 201 },
  async ({ body, principal }) => ({
    dismissal: await dismissDuplicate(body, principalLabel(principal)),
  }),
);

/** Undo of "not a duplicate" (owner only): the pair may be proposed again, at once if still alike. */
export const DELETE = route(
  { output: undismissedReplySchema, body: dismissDuplicateSchema },
  async ({ body, principal }) => ({
    dismissal: await undismissDuplicate(body, principalLabel(principal)),
  }),
);
