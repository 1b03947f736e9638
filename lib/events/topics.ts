import { z } from 'zod';

/**
 * Live-update events: published on Redis after a domain's transaction commits, fanned out to
 * browsers over server-sent events, where React Query invalidates the queries of that topic.
 * A topic names the domain; `id` optionally names the record that changed.
 */
export const liveEventSchema = z.object({
  topic: z.string().regex(/^[a-z-]+$/),
  type: z.string().min(1).max(100),
  id: z.string().max(200).optional(),
  at: z.string(),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;
