import { sseResponse } from '@/lib/api/sse';
import { route } from '@/lib/auth/route';
import { readStats, streamStats } from '@/lib/containers/read-stats';
import { containerNameParams, statsQuery } from '@/lib/containers/schemas';
import { statsSnapshotSchema } from '@/lib/containers/reply-schemas';

/** One sample as JSON, or with ?stream=1 live samples as server-sent events. */
export const GET = route(
  {
    output: statsSnapshotSchema,
    produces: 'text/event-stream',
    access: { scope: 'containers:read' },
    params: containerNameParams,
    query: statsQuery,
  },
  async ({ params, query, request }) => {
    if (!query.stream) return readStats(params.name);
    return sseResponse(await streamStats(params.name, request.signal));
  },
);
