import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { createMemoryEntry } from '@/lib/memory/create-memory-entry';
import { memoryCreatedReplySchema, memorySearchReplySchema } from '@/lib/memory/reply-schemas';
import { proposeMemory } from '@/lib/memory/propose-memory';
import { createMemorySchema, ENTRY_BODY_LIMIT, searchMemorySchema } from '@/lib/memory/schemas';
import { searchMemory } from '@/lib/memory/search-memory';

export const GET = route(
  { access: { scope: 'memory:read' }, query: searchMemorySchema, output: memorySearchReplySchema },
  async ({ query }) => searchMemory(query),
);

/** The owner writes memory directly; an agent's POST becomes a proposal in the review queue. */
export const POST = route(
  {
    output: memoryCreatedReplySchema,
    status: 201,
    access: { scope: 'memory:propose' },
    body: createMemorySchema,
    maxBodyBytes: ENTRY_BODY_LIMIT,
  },
  async ({ body, principal }) => {
    const actor = principalLabel(principal);
    if (principal.kind === 'agent') {
      const proposal = await proposeMemory(
        { content: body.content, category: body.category, tags: body.tags, sessionId: principal.subject },
        actor,
      );
      return json({ proposal }, 202);
    }
    return json(
      { entry: await createMemoryEntry(body, { kind: 'owner', id: principal.email, createdBy: actor }) },
      201,
    );
  },
);
