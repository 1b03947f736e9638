import type { Redis } from 'ioredis';
import { log } from '../log';

export type ScheduleKeeper = { stop(): void };

/**
 * Redis without persistence forgets every job scheduler when it restarts (a FLUSHALL does the same
 * without a restart), and until now only the next worker start put them back. The keeper puts them
 * back from a running worker: as soon as its connection is ready again after a reconnect, and at
 * every check (each `everyMs`) that finds an expected scheduler missing. `resync` is idempotent
 * (upserts), so a resync that was not needed changes nothing; resyncs never overlap.
 */
export function keepSchedules(options: {
  connection: Redis;
  everyMs: number;
  missing: () => Promise<string[]>;
  resync: (reason: string) => Promise<void>;
}): ScheduleKeeper {
  let running = false;
  let pending: string | null = null;
  let stopped = false;

  const run = (reason: string) => {
    if (stopped) return;
    if (running) {
      pending = reason;
      return;
    }
    running = true;
    void options
      .resync(reason)
      .catch((error: unknown) => log.warn('job schedules not restored; the next check retries', { reason, error }))
      .finally(() => {
        running = false;
        const next = pending;
        pending = null;
        if (next) run(next);
      });
  };

  const onReady = () => run('redis connection ready again');
  options.connection.on('ready', onReady);
  const timer = setInterval(() => {
    options.missing().then(
      (names) => names.length > 0 && run(`missing schedulers: ${names.join(', ')}`),
      () => undefined, // Redis or the database unavailable: the reconnect (or the next check) handles it
    );
  }, options.everyMs);
  timer.unref();

  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      options.connection.off('ready', onReady);
    },
  };
}
