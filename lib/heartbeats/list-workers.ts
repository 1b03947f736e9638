import { getDb } from '../db/client';

// A worker that has not beaten for three scheduled intervals (one minute each) is presumed gone.
export const WORKER_STALE_AFTER_MS = 3 * 60 * 1000;

export type WorkerStatus = {
  id: string;
  hostname: string;
  pid: number;
  version: string;
  startedAt: string;
  lastBeat: string;
  beats: number;
  rssBytes: number;
  alive: boolean;
};

export async function listWorkers(now = new Date()): Promise<WorkerStatus[]> {
  const db = await getDb();
  const rows = await db.workerHeartbeat.findMany({ orderBy: { lastBeat: 'desc' }, take: 20 });
  return rows.map((r) => ({
    ...r,
    startedAt: r.startedAt.toISOString(),
    lastBeat: r.lastBeat.toISOString(),
    alive: now.getTime() - r.lastBeat.getTime() < WORKER_STALE_AFTER_MS,
  }));
}
