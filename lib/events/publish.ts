import { log } from '../log';
import { redisKey, sharedRedis } from '../redis/connection';
import type { LiveEvent } from './topics';

export function eventsChannel(): string {
  return redisKey('events');
}

/**
 * Tells every open dashboard that something changed. Call it after the transaction commits; a lost
 * event only delays a refresh, so a Redis failure is logged and never fails the caller.
 */
export async function publishEvent(topic: string, type: string, id?: string): Promise<void> {
  const event: LiveEvent = { topic, type, id, at: new Date().toISOString() };
  try {
    await sharedRedis('publisher').publish(eventsChannel(), JSON.stringify(event));
  } catch (error) {
    log.warn('live event not published', { topic, type, error });
  }
}
