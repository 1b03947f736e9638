import type Database from 'better-sqlite3';
import { SQLITE_BUSY_TIMEOUT_MS } from './sqlite-pragmas';

type Pending = {
  op: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  since: number;
};

export type GroupCommit = {
  /** Runs `op` (synchronous statements) inside the next shared transaction; resolves once that transaction committed. */
  run<T>(op: () => T): Promise<T>;
};

const isBusy = (error: unknown) => (error as { code?: string } | null)?.code?.startsWith('SQLITE_BUSY') === true;

/**
 * Group commit for one synchronous SQLite connection: the writes requested during one turn of the
 * event loop share a single transaction, so a busy worker pays for one commit (and one WAL append)
 * per turn instead of one per write. A failing write fails alone and the others still commit (see
 * below). Every promise resolves only after the commit: callers can rely on durability exactly as
 * with a write of their own. An op may run twice (the batch, then alone), so it must only execute
 * statements.
 *
 * The connection must not wait for locks itself (busy_timeout 0): it runs on the event loop, and
 * waiting there would also stall the Prisma connection of this process that holds the lock. A
 * transaction that cannot start is retried from a timer instead, with backoff, for up to the busy
 * timeout every other connection uses.
 */
export function createGroupCommit(db: Database.Database, options: { busyTimeoutMs?: number } = {}): GroupCommit {
  const busyTimeoutMs = options.busyTimeoutMs ?? SQLITE_BUSY_TIMEOUT_MS;
  let queue: Pending[] = [];
  let scheduled = false;
  let backoffMs = 0;

  // The common case: every write succeeds and the batch commits as one transaction. When one
  // throws, the batch is rolled back and each write runs again in its own transaction, so only the
  // failing one fails (cheaper, when nothing fails, than a savepoint around every write).
  const all = db.transaction((batch: Pending[]) => batch.map((entry) => entry.op()));
  const alone = db.transaction((entry: Pending) => entry.op());
  const settleOneByOne = (batch: Pending[]) => {
    const busy: Pending[] = [];
    let busyError: unknown;
    for (const entry of batch) {
      try {
        entry.resolve(alone.immediate(entry));
      } catch (error) {
        if (!isBusy(error)) entry.reject(error);
        else {
          busy.push(entry);
          busyError = error;
        }
      }
    }
    if (busy.length > 0) retryLater(busy, busyError);
  };

  function flush() {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    let values: unknown[];
    try {
      values = all.immediate(batch);
    } catch (error) {
      if (isBusy(error)) retryLater(batch, error);
      else settleOneByOne(batch);
      return;
    }
    backoffMs = 0;
    for (const [i, entry] of batch.entries()) entry.resolve(values[i]);
  }

  /** Another connection holds the write lock: the batch waits, in order, until the busy timeout. */
  function retryLater(batch: Pending[], error: unknown) {
    const now = Date.now();
    const waiting = batch.filter((entry) => {
      if (now - entry.since < busyTimeoutMs) return true;
      entry.reject(error);
      return false;
    });
    queue = [...waiting, ...queue];
    backoffMs = Math.min(Math.max(1, backoffMs * 2), 50);
    if (queue.length > 0) schedule(backoffMs);
  }

  function schedule(delayMs = 0) {
    if (scheduled) return;
    scheduled = true;
    if (delayMs > 0) setTimeout(flush, delayMs);
    else setImmediate(flush);
  }

  return {
    run<T>(op: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ op, resolve: resolve as (value: unknown) => void, reject, since: Date.now() });
        schedule(backoffMs);
      });
    },
  };
}
