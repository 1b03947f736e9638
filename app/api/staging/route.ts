import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { createStagedItem } from '@/lib/staging/create-staged-item';
import { listStagedQuerySchema } from '@/lib/staging/list-schemas';
import { listStagedItems } from '@/lib/staging/list-staged-items';
import { recoverPromotions } from '@/lib/staged-kinds/staging-decisions';
import { stagedCreatedReplySchema, stagedListReplySchema } from '@/lib/staging/reply-schemas';
import { createStagedItemSchema, MAX_REQUEST_BYTES } from '@/lib/staging/schemas';

export const POST = route(
  {
    access: { scope: 'staging:write' },
    body: createStagedItemSchema,
    output: stagedCreatedReplySchema,
    status: 201,
    maxBodyBytes: MAX_REQUEST_BYTES,
  },
  async ({ body, principal }) => {
    const grant = principal.kind === 'agent' ? { id: principal.grantId, resources: principal.resources } : undefined;
    return createStagedItem(body, principalLabel(principal), grant);
  },
);

// The queue is what the owner opens after a restart: promotions a crash interrupted are settled first.
export const GET = route(
  { access: { scope: 'staging:read' }, query: listStagedQuerySchema, output: stagedListReplySchema },
  async ({ query }) => {
    await recoverPromotions();
    return listStagedItems(query);
  },
);
