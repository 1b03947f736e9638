import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE_THRESHOLD, NEAR_DUPLICATE_WINDOW_MS, similarity, titleKey } from './dedupe';
import { StoryIndex } from './story-index';

const at = new Date('2026-11-27T05:00:00Z');
const hoursLater = (h: number) => new Date(at.getTime() + h * 3_600_000);

describe('near-duplicate titles', () => {
  it('groups a reworded story whose titles share common words, and only that one', () => {
    const index = new StoryIndex();
    // Every title shares "AI", "model" and "release" with the others; only the first pair is one story.
    const titles = [
      'Anthropic AI model release brings Claude Opus 5 to Bedrock',
      'AI model release: Meta ships Llama 5 with open weights',
      'Google AI model release adds Gemini 3 Flash to Vertex',
      'AI model release roundup for the week',
    ];
    for (const [i, t] of titles.entries()) index.add({ id: `s${i}`, titleKey: titleKey(t), firstSeenAt: at });
    expect(index.nearDuplicate('Claude Opus 5 reaches Bedrock in Anthropic AI model release', hoursLater(2))).toBe(
      's0',
    );
    expect(index.nearDuplicate('Meta AI model release: Llama 5 open weights ship', hoursLater(2))).toBe('s1');
    // Shares only the common words with each of them: a new story.
    expect(index.nearDuplicate('AI model release from Mistral: Large 3 with a 1M window', hoursLater(2))).toBeNull();
    // The same title outside the 72 h window is news again.
    expect(index.nearDuplicate(titles[0] as string, hoursLater(73))).toBeNull();
  });

  it('prefers the earlier story on a tie, even when it is found through a commoner word', () => {
    const index = new StoryIndex();
    const add = (id: string, title: string) => index.add({ id, titleKey: titleKey(title), firstSeenAt: at });
    add('s0', 'alpha bravo charlie');
    add('s1', 'charlie delta echo');
    add('s2', 'alpha bravo papa quebec romeo tango');
    add('s3', 'alpha bravo uniform victor whiskey zulu');
    // Both s0 and s1 share three of five words (Jaccard 0.6); s1 is reached first, via "delta".
    expect(index.nearDuplicate('alpha bravo charlie delta echo', at)).toBe('s0');
  });

  it('finds exactly what comparing with every story finds, on titles full of common words', () => {
    // Deterministic titles: a common word plus 3-7 words of a small vocabulary (so unrelated titles
    // overlap), and half of them variants of an earlier title with words replaced, dropped or added,
    // so that many pairs sit right at the similarity threshold and some tie.
    let seed = 7;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const common =
      'ai model agent release open weights launch price chip safety research policy training inference vision speech reasoning benchmark robotics context'.split(
        ' ',
      );
    const vocab = Array.from({ length: 150 }, (_, i) => `w${i.toString(36)}x`);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
    const made: Made[] = [];
    const index = new StoryIndex();
    let matched = 0;
    let borderline = 0;
    for (let n = 0; n < 1200; n++) {
      let words: string[];
      if (made.length > 0 && rand() < 0.5) {
        words = [...pick(made).words];
        for (let r = 1 + Math.floor(rand() * 3); r > 0; r--) words[Math.floor(rand() * words.length)] = pick(vocab);
        if (rand() < 0.3) words.splice(Math.floor(rand() * words.length), 1);
        if (rand() < 0.3) words.push(pick(rand() < 0.5 ? common : vocab));
        words.sort(() => rand() - 0.5);
      } else {
        words = [pick(common), ...Array.from({ length: 3 + Math.floor(rand() * 5) }, () => pick(vocab))];
      }
      const title = words.join(' ');
      const when = hoursLater(Math.floor(rand() * 120));
      const key = titleKey(title);
      const expected = bruteForce(made, key, when);
      expect(index.nearDuplicateOfKey(key, when), title).toBe(expected.id);
      expect(index.nearDuplicate(title, when)).toBe(expected.id);
      if (expected.id === null) {
        index.add({ id: `s${made.length}`, titleKey: key, firstSeenAt: when });
        made.push({ words, key, firstSeenAt: when });
      } else {
        matched++;
        if (expected.score < 0.7) borderline++;
      }
    }
    // The set must exercise every outcome for the comparison to mean anything.
    expect(matched).toBeGreaterThan(150);
    expect(borderline).toBeGreaterThan(60);
    expect(made.length).toBeGreaterThan(500);
  });
});

type Made = { words: string[]; key: string; firstSeenAt: Date };

/** The reference: the exact title in the window first, else the most similar story, the earliest on ties. */
function bruteForce(made: Made[], key: string, when: Date): { id: string | null; score: number } {
  const inWindow = (s: { firstSeenAt: Date }) =>
    Math.abs(s.firstSeenAt.getTime() - when.getTime()) <= NEAR_DUPLICATE_WINDOW_MS;
  const exact = made.findIndex((s) => inWindow(s) && s.key === key);
  if (exact >= 0) return { id: `s${exact}`, score: 1 };
  if (key.split(' ').length < 3) return { id: null, score: 0 };
  let best: string | null = null;
  let bestScore = NEAR_DUPLICATE_THRESHOLD;
  made.forEach((s, i) => {
    if (!inWindow(s)) return;
    const score = similarity(key, s.key);
    if (score > bestScore || (score === bestScore && best === null)) {
      best = `s${i}`;
      bestScore = score;
    }
  });
  return { id: best, score: bestScore };
}
