import { getDb } from '../../db/client';
import { HttpGetError, httpGet } from '../http-get';
import { recordFailedSnapshot, recordSnapshot } from './record-snapshot';
import type { CatalogAdapter } from './types';

export type TakeSnapshotResult =
  | { status: 'ok' | 'partial' | 'unchanged'; changes: number; snapshotId?: string }
  | { status: 'not-modified' }
  | { status: 'failed'; error: string };

/**
 * Fetches one catalog source from its configured URL (conditional GET with the last validators),
 * parses it with the source's adapter and records the snapshot. Any failure — HTTP error, bad
 * JSON, a payload of the wrong shape — becomes a failed snapshot and leaves the tracked data alone.
 */
export async function takeSnapshot(
  adapter: CatalogAdapter,
  url: string,
  signal?: AbortSignal,
): Promise<TakeSnapshotResult> {
  const db = await getDb();
  const last = await db.modelSnapshot.findFirst({
    where: { source: adapter.source, status: { in: ['ok', 'partial'] } },
    orderBy: { fetchedAt: 'desc' },
    select: { etag: true, lastModified: true },
  });
  let error: string;
  try {
    const response = await httpGet(url, {
      etag: last?.etag,
      lastModified: last?.lastModified,
      headers: { accept: 'application/json', ...adapter.headers },
      signal,
      maxBytes: 50 * 1024 * 1024,
    });
    if (response.status === 304) return { status: 'not-modified' };
    if (response.status < 200 || response.status > 299)
      throw new Error(`HTTP ${response.status} from ${adapter.source}`);
    const models = adapter.parse(JSON.parse(response.body.toString('utf8')) as unknown);
    if (models.length === 0) throw new Error(`${adapter.source} returned an empty model list`);
    return await recordSnapshot(adapter.source, models, {
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    });
  } catch (caught) {
    error =
      caught instanceof HttpGetError || caught instanceof Error
        ? (caught.message.split('\n')[0]?.slice(0, 500) ?? 'failed')
        : String(caught);
  }
  await recordFailedSnapshot(adapter.source, error);
  return { status: 'failed', error };
}
