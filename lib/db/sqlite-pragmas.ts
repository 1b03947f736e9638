/**
 * Settings every SQLite connection gets (lib/db/client.ts applies them). SQLite is shared by the web
 * and worker processes: WAL lets readers proceed during a write, and the busy timeout makes a
 * writer wait for the lock instead of failing at once. A larger page cache keeps the full-text
 * index's hot pages in the process; it costs memory only as pages are read.
 *
 * No memory-mapped I/O (SQLite's default, mmap_size 0): with 256 MiB mapped, every page touched faulted
 * in its neighbours too, so one count over 100,000 memory entries left 47 MB of the file resident in
 * the web process instead of 4 MB of page cache, and full-text queries were no faster (8-9 ms per
 * query either way, measured on bench:pages' dataset).
 */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export const SQLITE_PRAGMAS = [
  'journal_mode = WAL',
  `busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  // Negative means KiB: 64 MiB of page cache.
  'cache_size = -65536',
  // Sorts and materialized subqueries (search windows) stay in memory.
  'temp_store = MEMORY',
  // SQLite's recommended setting with WAL: a commit no longer waits for an fsync (which blocks the
  // event loop, better-sqlite3 being synchronous); the database stays consistent after any crash and
  // only a power loss can drop the last commits.
  'synchronous = NORMAL',
] as const;
