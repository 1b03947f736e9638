import 'server-only';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { env } from '../env';
import { SQLITE_BUSY_TIMEOUT_MS, SQLITE_PRAGMAS } from './sqlite-pragmas';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';

/**
 * The one Prisma client of the process. Both providers are generated from the same models, so the
 * SQLite client's type describes either; which one runs is decided by DATABASE_URL.
 */
export type Db = InstanceType<typeof SqliteClient>;
export type DbProvider = 'sqlite' | 'postgresql';

type Instance = { db: Db; provider: DbProvider; ready: Promise<void> };

const globalForDb = globalThis as unknown as { buddyDb?: Instance };

function connect(): Instance {
  const url = env().DATABASE_URL;
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length);
    const adapter = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
    const db = new SqliteClient({ adapter });
    const ready = (async () => {
      for (const pragma of SQLITE_PRAGMAS) await db.$queryRawUnsafe(`PRAGMA ${pragma}`);
    })();
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
