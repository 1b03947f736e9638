import { NEAR_DUPLICATE_THRESHOLD, NEAR_DUPLICATE_WINDOW_MS, titleKey } from './dedupe';

type Story = { id: string; titleKey: string; firstSeenAt: Date };
type Entry = { id: string; tokens: readonly string[]; at: number; seq: number; lookup: number };

/** A title shorter than this is not looked up by similarity ("Weekly update" collides too easily). */
const MIN_TOKENS = 3;

/**
 * In-memory index for cross-feed dedupe: canonical URL first, then near-duplicate titles in the
 * 72 h window, by Jaccard similarity of title tokens (dedupe.ts).
 *
 * Every story is indexed under each of its tokens, but a lookup reads only the posting lists of the
 * query's rarest tokens. That is exact, not a heuristic: a story with Jaccard >= t to a query of q
 * tokens shares at least ceil(t*q) of them, so it must contain at least one of any q - ceil(t*q) + 1
 * of the query's tokens (prefix filtering). Choosing the rarest ones keeps the common words of a
 * news vocabulary ("model", "release", "AI") out of the scan: before this, one lookup compared the
 * title with every story sharing any word, which made dedupe quadratic.
 */
export class StoryIndex {
  private readonly byCanonical = new Map<string, string>();
  private readonly byToken = new Map<string, Entry[]>();
  private readonly byKey = new Map<string, Entry[]>();
  private seq = 0;
  private lookups = 0;

  add(story: Story, canonicalUrl?: string | null): void {
    if (canonicalUrl) this.byCanonical.set(canonicalUrl, story.id);
    const tokens = story.titleKey ? story.titleKey.split(' ') : [];
    const entry: Entry = { id: story.id, tokens, at: story.firstSeenAt.getTime(), seq: this.seq++, lookup: 0 };
    push(this.byKey, story.titleKey, entry);
    for (const token of tokens) push(this.byToken, token, entry);
  }

  linkUrl(canonicalUrl: string, storyId: string): void {
    this.byCanonical.set(canonicalUrl, storyId);
  }

  byUrl(canonicalUrl: string | null): string | null {
    return canonicalUrl ? (this.byCanonical.get(canonicalUrl) ?? null) : null;
  }

  /** The story `title` is a near duplicate of, if any (see nearDuplicateOfKey). */
  nearDuplicate(title: string, at: Date): string | null {
    return this.nearDuplicateOfKey(titleKey(title), at);
  }

  /**
   * The story whose title key is most similar to `key` (at least the threshold) within the window;
   * among equally similar stories, the one indexed first. Takes the key so that a caller who also
   * stores it computes it once.
   */
  nearDuplicateOfKey(key: string, at: Date): string | null {
    const time = at.getTime();
    const exact = this.byKey.get(key)?.find((e) => Math.abs(e.at - time) <= NEAR_DUPLICATE_WINDOW_MS);
    if (exact) return exact.id;
    const tokens = key ? key.split(' ') : [];
    const q = tokens.length;
    if (q < MIN_TOKENS) return null;
    // A match shares at least `required` tokens, and has between `required` and q/t tokens
    // (Jaccard is at most the smaller size over the larger). The epsilons absorb float error (0.6 * 5).
    const required = Math.ceil(NEAR_DUPLICATE_THRESHOLD * q - 1e-9);
    const maxLen = Math.floor(q / NEAR_DUPLICATE_THRESHOLD + 1e-9);
    // A token no story has counts as a (free) probe: the pigeonhole argument is over the query's tokens.
    const probe = tokens
      .map((t) => this.byToken.get(t) ?? [])
      .sort((a, b) => a.length - b.length)
      .slice(0, q - required + 1);
    const query = new Set(tokens);
    const lookup = ++this.lookups; // marks entries already compared in this lookup
    let best: Entry | null = null;
    let bestScore = NEAR_DUPLICATE_THRESHOLD;
    for (const list of probe) {
      for (const entry of list) {
        if (entry.lookup === lookup) continue;
        entry.lookup = lookup;
        const s = entry.tokens.length;
        if (s < required || s > maxLen || Math.abs(entry.at - time) > NEAR_DUPLICATE_WINDOW_MS) continue;
        let shared = 0;
        for (const t of entry.tokens) if (query.has(t)) shared++;
        const score = shared / (q + s - shared);
        if (score > bestScore || (score === bestScore && (best === null || entry.seq < best.seq))) {
          best = entry;
          bestScore = score;
        }
      }
    }
    return best?.id ?? null;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
