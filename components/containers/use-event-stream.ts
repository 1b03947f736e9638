'use client';

import { useEffect, useState } from 'react';

/**
 * Follows a server-sent event stream while mounted: `onEvent` gets each named event's JSON, and
 * the `end` event (or a broken connection) is reported as the reason the stream stopped.
 */
export function useEventStream(url: string | null, events: string[], onEvent: (type: string, data: unknown) => void) {
  const [ended, setEnded] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stream is keyed by its URL only
  useEffect(() => {
    if (!url) return;
    setEnded(null);
    const source = new EventSource(url);
    for (const type of events) {
      source.addEventListener(type, (m) => onEvent(type, JSON.parse((m as MessageEvent<string>).data)));
    }
    source.addEventListener('end', (m) => {
      setEnded((JSON.parse((m as MessageEvent<string>).data) as { reason: string }).reason);
      source.close();
    });
    source.onerror = () => {
      // EventSource would reconnect forever; a stream that breaks is reported once instead.
      setEnded((current) => current ?? 'The connection to the dashboard was lost.');
      source.close();
    };
    return () => source.close();
  }, [url]);
  return ended;
}
