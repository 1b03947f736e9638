import { NEAR_DUPLICATE_THRESHOLD, NEAR_DUPLICATE_WINDOW_MS, similarity, titleKey } from './dedupe';

type Story = { id: string; titleKey: string; firstSeenAt: Date };

/**
 * In-memory index for cross-feed dedupe: canonical URL first, then near-duplicate titles in the
 * 72 h window. Titles are indexed by token so each lookup compares only stories sharing a word.
 */
export class StoryIndex {
  private readonly byCanonical = new Map<string, string>();
  private readonly byToken = new Map<string, Story[]>();
  private readonly byKey = new Map<string, Story[]>();

  add(story: Story, canonicalUrl?: string | null): void {
    if (canonicalUrl) this.byCanonical.set(canonicalUrl, story.id);
    const list = this.byKey.get(story.titleKey);
    if (list) list.push(story);
    else this.byKey.set(story.titleKey, [story]);
    for (const token of story.titleKey.split(' ')) {
      if (!token) continue;
      const bucket = this.byToken.get(token);
      if (bucket) bucket.push(story);
      else this.byToken.set(token, [story]);
    }
  }

  linkUrl(canonicalUrl: string, storyId: string): void {
    this.byCanonical.set(canonicalUrl, storyId);
  }

  byUrl(canonicalUrl: string | null): string | null {
    return canonicalUrl ? (this.byCanonical.get(canonicalUrl) ?? null) : null;
  }

  /** The story whose title is a near duplicate of `title` within the window, if any. */
  nearDuplicate(title: string, at: Date): string | null {
    const key = titleKey(title);
    const inWindow = (s: Story) => Math.abs(s.firstSeenAt.getTime() - at.getTime()) <= NEAR_DUPLICATE_WINDOW_MS;
    const exact = this.byKey.get(key)?.find(inWindow);
    if (exact) return exact.id;
    const tokens = key ? key.split(' ') : [];
    if (tokens.length < 3) return null; // short titles ("Weekly update") collide too easily
    const seen = new Set<string>();
    let best: string | null = null;
    let bestScore = NEAR_DUPLICATE_THRESHOLD;
    for (const token of tokens) {
      for (const story of this.byToken.get(token) ?? []) {
        if (seen.has(story.id)) continue;
        seen.add(story.id);
        if (!inWindow(story)) continue;
        const score = similarity(key, story.titleKey);
        if (score >= bestScore) {
          best = story.id;
          bestScore = score;
        }
      }
    }
    return best;
  }
}
