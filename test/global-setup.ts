import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { execFileSync } from 'node:child_process';

/**
 * Migrates one template database per provider once per run; each test file then gets its own copy
 * (a file copy for SQLite, CREATE DATABASE ... TEMPLATE for PostgreSQL), so files never share data.
 */
/**
 * The project's own migrate command, in a child process: the schema engine's wasm glue must be
 * loaded by plain Node, not through vitest's module runner (which garbles its memory views).
 */
function migrate(url: string) {
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['prisma/tools/migrate.ts', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'pipe',
  });
}

const PG_SERVER = process.env.BUDDY_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    sqliteTemplate: string;
    pgServer: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'buddy-test-'));
  const sqliteTemplate = path.join(dir, 'template.db');
  migrate(`file:${sqliteTemplate}`);

  const pgTemplate = `buddy_test_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_SERVER });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${pgTemplate}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${pgTemplate}"`);
  const url = new URL(PG_SERVER);
  url.pathname = `/${pgTemplate}`;
  migrate(url.toString());
  // A template may not have open sessions while it is copied.
  await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [pgTemplate],
  );

  project.provide('sqliteTemplate', sqliteTemplate);
  project.provide('pgServer', PG_SERVER);
  project.provide('pgTemplate', pgTemplate);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${pgTemplate}" WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  };
}
