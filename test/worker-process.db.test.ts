import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '../lib/db/client';

/** The real worker process (`npm run worker`), against this file's database and Redis prefix. tsx runs it in a child node process, so its pid is not the spawned one. */
function startWorker(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['workers/index.ts'], { env: { ...process.env, BUDDY_LOG_LEVEL: 'info' } });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100)); // polling a condition, not a sleep standing in for one
  }
}

const workers: ChildProcess[] = [];
afterAll(() => {
  for (const w of workers) w.kill('SIGKILL');
});

describe('worker process', () => {
  it('records its heartbeat on start, then stops cleanly on SIGTERM', { timeout: 120_000 }, async () => {
    const worker = startWorker();
    workers.push(worker.child);
    const db = await getDb();
    const beat = await until(async () => (await db.workerHeartbeat.findFirst()) ?? undefined, 'the startup heartbeat');
    expect(beat.beats).toBeGreaterThanOrEqual(1);
    expect(beat.rssBytes).toBeGreaterThan(10 * 1024 * 1024);

    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(worker.output()).toContain('"message":"worker stopped"');
  });
});
