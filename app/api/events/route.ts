import { route } from '@/lib/auth/route';
import { subscribeToEvents } from '@/lib/events/subscribe';

export const dynamic = 'force-dynamic';

// A comment line every 25 s keeps proxies from closing an idle stream.
const KEEPALIVE_MS = 25_000;

/** Server-sent events: live updates for the dashboard (see lib/events). */
export const GET = route({ access: 'owner' }, async ({ request }) => {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      send('retry: 3000\n: connected\n\n');
      const unsubscribe = subscribeToEvents((event) => send(`event: change\ndata: ${JSON.stringify(event)}\n\n`));
      const keepalive = setInterval(() => send(': keepalive\n\n'), KEEPALIVE_MS);
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
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
});
