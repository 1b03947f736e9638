import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { disconnectDb } from '../lib/db/client';
import { resetEnvForTests } from '../lib/env';
import { closeHealthProbe } from '../lib/health/check-health';
import { closeQueues } from '../lib/queue/queues';
import { closeSharedRedis, createRedis } from '../lib/redis/connection';

/**
 * Runs before every test file: its own database (a copy of the migrated template of the provider
 * this project tests), its own data folder and its own Redis key prefix. Everything is removed
 * afterwards, so files can run in parallel on the shared Redis and PostgreSQL servers.
 */
const provider = process.env.BUDDY_TEST_DB === 'postgresql' ? 'postgresql' : 'sqlite';
const id = randomBytes(5).toString('hex');
const dataDir = mkdtempSync(path.join(tmpdir(), 'buddy-file-'));
const prefix = `buddytest:${id}`;
let pgDatabase: string | undefined;

async function pgAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('pgServer') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  process.env.BUDDY_DATA_DIR = dataDir;
  process.env.BUDDY_REDIS_PREFIX = prefix;
  process.env.BUDDY_LOG_LEVEL = 'error';
  if (provider === 'sqlite') {
    const file = path.join(dataDir, 'buddy.db');
    copyFileSync(inject('sqliteTemplate'), file);
    process.env.DATABASE_URL = `file:${file}`;
  } else {
    pgDatabase = `buddy_test_${id}`;
    await pgAdmin((c) => c.query(`CREATE DATABASE "${pgDatabase}" TEMPLATE "${inject('pgTemplate')}"`));
    const url = new URL(inject('pgServer'));
    url.pathname = `/${pgDatabase}`;
    process.env.DATABASE_URL = url.toString();
  }
  resetEnvForTests();
});

afterAll(async () => {
  await closeQueues();
  await closeSharedRedis();
  closeHealthProbe();
  await disconnectDb();
  const redis = createRedis('producer');
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
  if (pgDatabase) await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${pgDatabase}" WITH (FORCE)`));
  rmSync(dataDir, { recursive: true, force: true });
});
