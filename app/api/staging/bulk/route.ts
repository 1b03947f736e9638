import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { bulkDecide } from '@/lib/staged-kinds/staging-decisions';
import { bulkBodySchema } from '@/lib/staging/list-schemas';
import { bulkReplySchema } from '@/lib/staging/reply-schemas';

export const POST = route({ body: bulkBodySchema, output: bulkReplySchema }, async ({ body, principal }) =>
  bulkDecide(body, principalLabel(principal)),
);
