import { z } from 'zod';

/** The `[id]` segment of a route: a record's id (cuid, UUID or slug). */
export const idParams = z.object({ id: z.string().min(1).max(100) });
