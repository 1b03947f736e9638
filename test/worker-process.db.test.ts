import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '../lib/db/client';
import { startWorker, type WorkerProcess, waitFor } from './jobs/worker-process';

const workers: WorkerProcess[] = [];
afterAll(() => {
  for (const w of workers) w.child.kill('SIGKILL');
});

describe('worker process (npm run worker)', () => {
  it('records its heartbeat on start, then stops cleanly on SIGTERM', { timeout: 120_000 }, async () => {
    const worker = startWorker({});
    workers.push(worker);
    const db = await getDb();
    const beat = await waitFor(
      'the startup heartbeat',
      () => db.workerHeartbeat.findFirst({ where: { pid: worker.child.pid } }),
      90_000,
    );
    expect(beat.beats).toBeGreaterThanOrEqual(1);
    expect(beat.rssBytes).toBeGreaterThan(10 * 1024 * 1024);

    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(worker.output()).toContain('"message":"worker stopped"');
  });
});
