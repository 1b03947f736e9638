import { z } from 'zod';

/** What the container logs endpoint answers as JSON (without ?follow): route() and the OpenAPI document use it. */
export const containerLogsReplySchema = z.object({
  lines: z.array(z.object({ stream: z.enum(['stdout', 'stderr']), time: z.string().nullable(), text: z.string() })),
});
