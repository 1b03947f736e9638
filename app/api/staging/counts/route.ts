import { route } from '@/lib/auth/route';
import { countStagedItems } from '@/lib/staging/count-staged-items';
import { stagedCountsReplySchema } from '@/lib/staging/reply-schemas';

export const GET = route({ output: stagedCountsReplySchema, access: { scope: 'staging:read' } }, async () =>
  countStagedItems(),
);
