import { z } from 'zod';

/** What GET /api/workers answers: route() checks the handler against it and the OpenAPI document shows it. */
export const workersReplySchema = z.object({
  workers: z.array(
    z.object({
      id: z.string(),
      hostname: z.string(),
      pid: z.number().int(),
      version: z.string(),
      startedAt: z.string(),
      lastBeat: z.string(),
      beats: z.number().int(),
      rssBytes: z.number(),
      // False once the worker has missed three heartbeats: presumed gone.
      alive: z.boolean(),
    }),
  ),
});

/** What POST /api/workers/heartbeat answers: the queued job asking every worker to beat now. */
export const heartbeatRequestedReplySchema = z.object({ jobId: z.string().optional() });
