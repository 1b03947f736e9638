/**
 * Settings every SQLite connection gets (lib/db/client.ts applies them). SQLite is shared by the web
 * and worker processes: WAL lets readers proceed during a write, and the busy timeout makes a
 * writer wait for the lock instead of failing at once. Memory-mapped reads and a larger page cache
 * keep the full-text index's hot pages out of read() calls; both are per connection
 * and cost address space or memory only as pages are touched.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export const SQLITE_PRAGMAS = [
  'journal_mode = WAL',
  `busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  // 256 MiB of the file mapped; SQLite falls back to read() past it.
  'mmap_size = 268435456',
  // Negative means KiB: 64 MiB of page cache.
  'cache_size = -65536',
  // Sorts and materialized subqueries (search windows) stay in memory.
  'temp_store = MEMORY',
  // SQLite's recommended setting with WAL: a commit no longer waits for an fsync (which blocks the
  // event loop, better-sqlite3 being synchronous); the database stays consistent after any crash and
  // only a power loss can drop the last commits.
  'synchronous = NORMAL',
] as const;
