import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { getStagedItem } from '@/lib/staging/get-staged-item';
import { stagedDetailReplySchema } from '@/lib/staging/reply-schemas';

export const GET = route(
  { output: stagedDetailReplySchema, access: { scope: 'staging:read' }, params: idParams },
  async ({ params }) => getStagedItem(params.id),
);
