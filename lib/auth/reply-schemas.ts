import { z } from 'zod';

/** What POST /api/setup answers: the owner just created (never the password or its hash). */
export const ownerCreatedReplySchema = z.object({ id: z.string(), email: z.string() });
