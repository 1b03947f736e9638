import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { bulkDecide } from '@/lib/staged-kinds/staging-decisions';
import { bulkBodySchema } from '@/lib/staging/list-schemas';

export const POST = route({ body: bulkBodySchema }, async ({ body, principal }) =>
  bulkDecide(body, principalLabel(principal)),
);
