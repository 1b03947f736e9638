import { idParams } from '@/lib/api/params';
import { ConflictError } from '@/lib/api/errors';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { approveStagedItem } from '@/lib/staged-kinds/staging-decisions';
import { approveBodySchema } from '@/lib/staging/list-schemas';
import { approveReplySchema } from '@/lib/staging/reply-schemas';

// Owner only: approving is the one path into the workspace, so no agent scope allows it.
export const POST = route(
  { params: idParams, body: approveBodySchema, output: approveReplySchema },
  async ({ params, body, principal }) => {
    const result = await approveStagedItem(params.id, principalLabel(principal), body.note, body.resolution);
    if (result.status === 'conflict')
      throw new ConflictError(`Nothing was written: ${result.reason}. The item is marked conflict.`);
    return result;
  },
);
