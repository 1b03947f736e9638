import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import Database from 'better-sqlite3';
import { env } from '../env';
import { createGroupCommit, type GroupCommit } from './group-commit';
import { SQLITE_BUSY_TIMEOUT_MS, SQLITE_PRAGMAS } from './sqlite-pragmas';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';

/**
 * The one Prisma client of the process. Both providers are generated from the same models, so the
 * SQLite client's type describes either; which one runs is decided by DATABASE_URL.
 */
export type Db = InstanceType<typeof SqliteClient>;
export type DbProvider = 'sqlite' | 'postgresql';

/** A raw connection to the SQLite file beside the Prisma client, for the few hottest writes (direct()). */
export type DirectSqlite = {
  db: Database.Database;
  commit: GroupCommit;
  /** The prepared statement for this SQL, prepared once: preparing costs more than running. */
  statement(sql: string): Database.Statement;
};
type Instance = { db: Db; provider: DbProvider; ready: Promise<void>; file?: string; direct?: DirectSqlite };

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
    return { db, provider: 'sqlite', ready, file };
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

/**
 * On SQLite, a second, raw better-sqlite3 connection with group commit; null on PostgreSQL. Only for
 * statements that run per job run on the worker's event loop: measured in bench:jobs, a statement
 * through Prisma costs about ten times the CPU of the same prepared statement, and one commit per
 * run costs three times a commit shared by the runs of one event-loop turn. Everything else stays
 * with the Prisma client. The connection waits for no lock (see group-commit.ts); the migrations
 * and schema are Prisma's, so its SQL must name the same tables and store values as Prisma does
 * (sqliteValue).
 */
export async function direct(): Promise<DirectSqlite | null> {
  const current = instance();
  await current.ready;
  if (!current.file) return null;
  if (!current.direct) {
    const db = new Database(current.file, { timeout: 0 });
    for (const pragma of SQLITE_PRAGMAS) if (!pragma.startsWith('busy_timeout')) db.pragma(pragma);
    const prepared = new Map<string, Database.Statement>();
    const statement = (sql: string) => {
      const cached = prepared.get(sql);
      if (cached) return cached;
      const fresh = db.prepare(sql);
      prepared.set(sql, fresh);
      return fresh;
    };
    current.direct = { db, commit: createGroupCommit(db), statement };
  }
  return current.direct;
}

/** A value as Prisma's SQLite adapter stores it: DateTime as ISO 8601 with "+00:00", booleans as 0/1. */
export function sqliteValue(value: Date | boolean | string | number | null): string | number | null {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

export async function disconnectDb(): Promise<void> {
  const current = globalForDb.buddyDb;
  globalForDb.buddyDb = undefined;
  current?.direct?.db.close();
  if (current) await current.db.$disconnect();
}
