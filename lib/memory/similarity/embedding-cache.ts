import { type Embedder, selectEmbedder } from '../../ai/embeddings';
import { log } from '../../log';

/**
 * Embeddings of memory texts, kept in this process by model and text: an entry is sent to the
 * endpoint once, not at every look at the duplicates. When the endpoint fails the comparison goes on
 * by words alone (the page must still open), and the failure is logged.
 */
const cache = new Map<string, Float32Array>();
const BATCH = 64;
const MAX_CACHED = 50_000;

export async function embeddingsFor(
  texts: readonly string[],
  embedder: Embedder | null = selectEmbedder(),
): Promise<Map<string, Float32Array> | null> {
  if (!embedder) return null;
  const key = (text: string) => `${embedder.model}\u0000${text}`;
  const missing = [...new Set(texts.filter((t) => !cache.has(key(t))))];
  try {
    for (let i = 0; i < missing.length; i += BATCH) {
      const batch = missing.slice(i, i + BATCH);
      const vectors = await embedder.embed(batch);
      if (cache.size + batch.length > MAX_CACHED) cache.clear();
      for (const [j, text] of batch.entries()) cache.set(key(text), vectors[j] as Float32Array);
    }
  } catch (error) {
    log.warn('memory embeddings unavailable; comparing by words only', { error: (error as Error).message });
    return null;
  }
  return new Map(texts.map((t) => [t, cache.get(key(t)) as Float32Array]));
}
