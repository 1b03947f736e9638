import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { env } from '../env';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';

/**
 * The one Prisma client of the process. Both providers are generated from the same models, so the
 * SQLite client's type describes either; which one runs is decided by DATABASE_URL.
 */
export type Db = InstanceType<typeof SqliteClient>;
export type DbProvider = 'sqlite' | 'postgresql';

// SQLite is shared by the web and worker processes: WAL lets readers proceed during a write, and
// the busy timeout makes a writer wait for the lock instead of failing at once. synchronous=NORMAL
// is SQLite's recommended setting with WAL: a commit no longer waits for an fsync (which blocks the
// event loop, better-sqlite3 being synchronous); the database stays consistent after any crash and
// only a power loss can drop the last commits.
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

const globalForDb = globalThis as unknown as { buddyDb?: { db: Db; provider: DbProvider; ready: Promise<void> } };

function connect(): { db: Db; provider: DbProvider; ready: Promise<void> } {
  const url = env().DATABASE_URL;
  if (url.startsWith('file:')) {
    const adapter = new PrismaBetterSqlite3({ url: url.slice('file:'.length), timeout: SQLITE_BUSY_TIMEOUT_MS });
    const db = new SqliteClient({ adapter });
    const ready = db
      .$queryRawUnsafe('PRAGMA journal_mode = WAL')
      .then(() => db.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`))
      .then(() => db.$executeRawUnsafe('PRAGMA synchronous = NORMAL'))
      .then(() => undefined);
    return { db, provider: 'sqlite', ready };
  }
  const db = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  return { db, provider: 'postgresql', ready: Promise.resolve() };
}

function instance() {
  // Next's dev server reloads modules; keeping the client on globalThis avoids a connection per reload.
  globalForDb.buddyDb ??= connect();
  return globalForDb.buddyDb;
}

/** The database client, once its connection settings are applied. */
export async function getDb(): Promise<Db> {
  const { db, ready } = instance();
  await ready;
  return db;
}

export function dbProvider(): DbProvider {
  return instance().provider;
}

export async function disconnectDb(): Promise<void> {
  const current = globalForDb.buddyDb;
  globalForDb.buddyDb = undefined;
  if (current) await current.db.$disconnect();
}
