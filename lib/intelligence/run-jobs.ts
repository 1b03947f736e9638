import { writeDigestFile } from './sentinel/digest-file';
import { configuredCatalogSources } from './prometheus/catalog-sources';
import { takeSnapshot } from './prometheus/take-snapshot';
import { buildDigest } from './sentinel/build-digest';
import { pollDueFeeds } from './sentinel/manage-feeds';

/** The feed tick: fetches every feed whose own schedule says it is due. */
export async function runFeedTick(signal?: AbortSignal) {
  return pollDueFeeds(new Date(), signal);
}

/** Snapshots every configured catalog source; one failing source does not stop the others. */
export async function runCatalogSnapshot(signal?: AbortSignal) {
  const results: Record<string, string> = {};
  for (const { adapter, url } of configuredCatalogSources()) {
    if (signal?.aborted) break;
    results[adapter.source] = (await takeSnapshot(adapter, url, signal)).status;
  }
  return results;
}

/** Builds the day's digest and writes it where the content jobs read it (_intel/news-digest.md). */
export async function runDailyDigest() {
  const { day, entries } = await buildDigest();
  await writeDigestFile(day, entries);
  return { day, stories: entries.length };
}
