import { sseFrame, sseResponse, sseText } from '@/lib/api/sse';
import { route } from '@/lib/auth/route';
import { subscribeToEvents } from '@/lib/events/subscribe';

export const dynamic = 'force-dynamic';

// A comment line every 25 s keeps proxies from closing an idle stream.
const KEEPALIVE_MS = 25_000;

/** Server-sent events: live updates for the dashboard (see lib/events). */
export const GET = route({ access: 'owner', produces: 'text/event-stream' }, async ({ request }) => {
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (bytes: Uint8Array) => {
        try {
          controller.enqueue(bytes);
        } catch {
          cleanup();
        }
      };
      send(sseText('retry: 3000\n: connected\n\n'));
      const unsubscribe = subscribeToEvents((event) => send(sseFrame('change', event)));
      const keepalive = setInterval(() => send(sseText(': keepalive\n\n')), KEEPALIVE_MS);
      cleanup = () => {
        clearInterval(keepalive);
        unsubscribe();
      };
      request.signal.addEventListener('abort', () => {
        cleanup();
        try {
          controller.close();
        } catch {}
      });
    },
    cancel() {
      cleanup();
    },
  });
  return sseResponse(stream);
});
