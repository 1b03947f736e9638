import { hostname } from 'node:os';
import { getDb } from '../db/client';
import { publishEvent } from '../events/publish';

export const WORKER_VERSION = '0.1.0';
const processStartedAt = new Date();

export function workerId(): string {
  return `${hostname()}:${process.pid}`;
}

/** Records that this worker process is alive and processing jobs. */
export async function recordHeartbeat(): Promise<{ id: string; beats: number }> {
  const db = await getDb();
  const id = workerId();
  const now = new Date();
  const rssBytes = Math.round(process.memoryUsage().rss);
  const row = await db.workerHeartbeat.upsert({
    where: { id },
    create: {
      id,
      hostname: hostname(),
      pid: process.pid,
      version: WORKER_VERSION,
      startedAt: processStartedAt,
      lastBeat: now,
      beats: 1,
      rssBytes,
    },
    update: { lastBeat: now, beats: { increment: 1 }, rssBytes },
  });
  await publishEvent('workers', 'heartbeat', id);
  return { id, beats: row.beats };
}
