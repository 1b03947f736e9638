import { sseResponse } from '@/lib/api/sse';
import { route } from '@/lib/auth/route';
import { containerLogsReplySchema } from '@/lib/containers/reply-schemas';
import { followLogs } from '@/lib/containers/follow-logs';
import { readLogs } from '@/lib/containers/read-logs';
import { containerNameParams, logsQuery } from '@/lib/containers/schemas';

/** The last lines as JSON, or with ?follow=1 a server-sent event stream that follows the log. */
export const GET = route(
  {
    access: { scope: 'containers:read' },
    params: containerNameParams,
    query: logsQuery,
    output: containerLogsReplySchema,
    produces: 'text/event-stream',
  },
  async ({ params, query, request }) => {
    if (!query.follow) return { lines: await readLogs(params.name, query.tail) };
    return sseResponse(await followLogs(params.name, query.tail, request.signal));
  },
);
