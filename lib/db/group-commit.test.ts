import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { direct, getDb } from './client';
import { createGroupCommit } from './group-commit';

const dir = mkdtempSync(path.join(tmpdir(), 'group-commit-'));
const file = path.join(dir, 'g.db');
const writer = new Database(file, { timeout: 0 });
writer.pragma('journal_mode = WAL');
writer.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
// A second connection, as another process would have: it sees only committed data.
const other = new Database(file, { timeout: 0 });
const insert = writer.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
const commits = () => other.pragma('data_version', { simple: true }) as number;
const rows = () => other.prepare('SELECT k FROM t ORDER BY k').pluck().all();

beforeEach(() => writer.exec('DELETE FROM t'));
afterAll(() => {
  writer.close();
  other.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('group commit on one SQLite connection', () => {
  it('writes asked for in one turn share one commit, and each resolves once it is visible to others', async () => {
    const group = createGroupCommit(writer);
    const before = commits();
    const results = await Promise.all(['a', 'b', 'c'].map((k, i) => group.run(() => insert.run(k, i).changes)));
    expect(results).toEqual([1, 1, 1]);
    expect(rows()).toEqual(['a', 'b', 'c']);
    // data_version moves once per commit made by another connection.
    expect(commits() - before).toBe(1);
  });

  it('a failing write fails alone; the others of its turn commit', async () => {
    const group = createGroupCommit(writer);
    insert.run('taken', 0);
    const outcomes = await Promise.allSettled(['x', 'taken', 'y'].map((k) => group.run(() => insert.run(k, 1))));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    expect(rows()).toEqual(['taken', 'x', 'y']);
  });

  it('gives up with SQLITE_BUSY when another connection keeps the write lock past the busy timeout', async () => {
    const group = createGroupCommit(writer, { busyTimeoutMs: 30 });
    other.exec('BEGIN IMMEDIATE');
    try {
      await expect(group.run(() => insert.run('late', 1))).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    } finally {
      other.exec('ROLLBACK');
    }
    expect(rows()).toEqual([]);
  });
});

describe('the direct connection beside the Prisma client', () => {
  it('waits for a Prisma transaction of this process without blocking the event loop, then commits', async () => {
    const db = await getDb();
    const conn = await direct();
    if (!conn) throw new Error('the SQLite test database has a direct connection');
    // Waiting inside SQLite would block the event loop, and with it the Prisma transaction below.
    expect(conn.db.pragma('busy_timeout', { simple: true })).toBe(0);
    const insertDefinition = conn.db.prepare(
      `INSERT INTO "JobDefinition" ("id", "updatedAt") VALUES (?, '2026-12-02T00:00:00.000+00:00')`,
    );
    const prismaRow = conn.db.prepare(`SELECT 1 FROM "JobDefinition" WHERE "id" = 'held-by-prisma'`);
    let sawCommitted: boolean | undefined;
    let written: Promise<unknown> | undefined;
    await db.$transaction(async (tx) => {
      await tx.jobDefinition.create({ data: { id: 'held-by-prisma' } });
      written = conn.commit.run(() => {
        // Inside the direct transaction: the Prisma row is visible only if Prisma committed first.
        sawCommitted = prismaRow.get() !== undefined;
        return insertDefinition.run('written-direct');
      });
      // The group commit tries first (its setImmediate is older than this one) and finds the lock
      // taken; had it waited on the event loop, this await would never return.
      await new Promise((resolve) => setImmediate(resolve));
      expect(sawCommitted).toBeUndefined();
    });
    await written;
    expect(sawCommitted).toBe(true);
    const ids = (
      await db.jobDefinition.findMany({
        where: { id: { in: ['held-by-prisma', 'written-direct'] } },
        select: { id: true },
      })
    ).map((d) => d.id);
    expect(ids.sort()).toEqual(['held-by-prisma', 'written-direct']);
  });
});
