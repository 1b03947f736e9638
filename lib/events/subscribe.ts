import type { Redis } from 'ioredis';
import { createRedis } from '../redis/connection';
import { eventsChannel } from './publish';
import { type LiveEvent, liveEventSchema } from './topics';

type Listener = (event: LiveEvent) => void;

const state = globalThis as unknown as { buddyEvents?: { redis: Redis; listeners: Set<Listener> } };

/**
 * One Redis subscription per web process, shared by every open server-sent-events stream.
 * Returns an unsubscribe function; the connection closes when the last listener leaves.
 */
export function subscribeToEvents(listener: Listener): () => void {
  if (!state.buddyEvents) {
    const redis = createRedis('subscriber');
    const listeners = new Set<Listener>();
    redis.subscribe(eventsChannel()).catch(() => {});
    redis.on('message', (_channel, message) => {
      let parsed: ReturnType<typeof liveEventSchema.safeParse>;
      try {
        parsed = liveEventSchema.safeParse(JSON.parse(message));
      } catch {
        return; // not ours, or garbled: a live update is never worth crashing the web process
      }
      if (parsed.success) for (const l of listeners) l(parsed.data);
    });
    state.buddyEvents = { redis, listeners };
  }
  const current = state.buddyEvents;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0 && state.buddyEvents === current) {
      state.buddyEvents = undefined;
      current.redis.disconnect();
    }
  };
}
