import { publishEvent } from '../events/publish';

const WINDOW_MS = 100;

let pending = new Map<string, { type: string; jobId: string }>();
let timer: NodeJS.Timeout | null = null;

function flush(): void {
  timer = null;
  if (pending.size === 0) return;
  const batch = [...pending.values()];
  pending = new Map();
  for (const event of batch) void publishEvent('jobs', event.type, event.jobId);
  timer = setTimeout(flush, WINDOW_MS);
  timer.unref();
}

/**
 * A run's live event (run-started, run-finished), published after its record is committed. The
 * first event of a quiet moment goes out at once; events arriving within the next WINDOW_MS are
 * merged per job and type and sent together at its end. Browsers only refetch the topic, so a busy
 * worker sends a few events a second per job instead of two per run (and dashboards do not refetch
 * hundreds of times a second). Never awaited: a lost event only delays a refresh.
 */
export function publishRunEvent(type: 'run-started' | 'run-finished', jobId: string): void {
  if (timer) {
    pending.set(`${type}:${jobId}`, { type, jobId });
    return;
  }
  void publishEvent('jobs', type, jobId);
  timer = setTimeout(flush, WINDOW_MS);
  timer.unref();
}

/** Sends what is still waiting (on shutdown, before the Redis connections close). */
export function flushRunEvents(): void {
  if (timer) clearTimeout(timer);
  flush();
  if (timer) clearTimeout(timer);
  timer = null;
}
