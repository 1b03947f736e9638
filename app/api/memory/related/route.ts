import { route } from '@/lib/auth/route';
import { findRelatedEntries } from '@/lib/memory/find-related-entries';
import { ENTRY_BODY_LIMIT, relatedQuerySchema } from '@/lib/memory/schemas';
import { relatedReplySchema } from '@/lib/memory/reply-schemas';

/** The entries a text would duplicate or contradict (POST: the text can be long). Reads only. */
export const POST = route(
  {
    output: relatedReplySchema,
    access: { scope: 'memory:read' },
    body: relatedQuerySchema,
    maxBodyBytes: ENTRY_BODY_LIMIT,
  },
  async ({ body }) => ({ related: await findRelatedEntries(body) }),
);
