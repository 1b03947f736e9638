import { route } from '@/lib/auth/route';
import { ConflictError } from '@/lib/api/errors';
import { createOwner, ownerExists } from '@/lib/auth/owner';
import { setupSchema } from '@/lib/auth/schemas';
import { ownerCreatedReplySchema } from '@/lib/auth/reply-schemas';

/** First-run setup: public only while no owner exists. */
export const POST = route(
  { output: ownerCreatedReplySchema, access: 'public', body: setupSchema, maxBodyBytes: 16 * 1024, status: 201 },
  async ({ body }) => {
    if (await ownerExists()) throw new ConflictError('An owner account already exists. Sign in instead.');
    const owner = await createOwner(body);
    return { id: owner.id, email: owner.email };
  },
);
