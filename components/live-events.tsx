'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Listens to /api/events (server-sent events) and invalidates the queries whose key starts with the
 * event's topic. EventSource reconnects by itself; on the login page the stream is refused and the
 * browser simply retries later, which is harmless.
 */
export function LiveEvents() {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined' || /^\/(login|setup)\b/.test(window.location.pathname)) return;
    const source = new EventSource('/api/events');
    source.addEventListener('change', (message) => {
      try {
        const event = JSON.parse((message as MessageEvent<string>).data) as { topic: string };
        void queryClient.invalidateQueries({ queryKey: [event.topic] });
      } catch {
        // A malformed event is ignored; the next one still arrives.
      }
    });
    source.addEventListener('open', () => {
      document.documentElement.setAttribute('data-live', 'on');
      // A reply that said the server is still at work (`scanning: true`) waits for that work's event;
      // one sent before the stream (re)opened was lost, so those queries ask again now.
      void queryClient.invalidateQueries({
        predicate: (query) => (query.state.data as { scanning?: unknown } | undefined)?.scanning === true,
      });
    });
    source.addEventListener('error', () => document.documentElement.setAttribute('data-live', 'off'));
    return () => source.close();
  }, [queryClient]);
  return null;
}
