import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { createStagedItem } from '@/lib/staging/create-staged-item';
import { listStagedQuerySchema } from '@/lib/staging/list-schemas';
import { listStagedItems } from '@/lib/staging/list-staged-items';
import { createStagedItemSchema, MAX_REQUEST_BYTES } from '@/lib/staging/schemas';

export const POST = route(
  { access: { scope: 'staging:write' }, body: createStagedItemSchema, maxBodyBytes: MAX_REQUEST_BYTES },
  async ({ body, principal }) => json(await createStagedItem(body, principalLabel(principal)), 201),
);

export const GET = route({ access: { scope: 'staging:read' }, query: listStagedQuerySchema }, async ({ query }) =>
  listStagedItems(query),
);
