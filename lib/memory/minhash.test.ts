import { describe, expect, it } from 'vitest';
import { findNearDuplicates, jaccard, shingles } from './minhash';

describe('near-duplicate detection', () => {
  it('ignores case, punctuation and markdown when comparing', () => {
    expect(jaccard(shingles('**Owner** prefers dark-mode.'), shingles('owner prefers dark mode'))).toBe(1);
  });

  it('finds reworded notes and leaves unrelated ones alone', () => {
    const docs = [
      { id: 'a', text: 'The owner prefers dark mode in every editor and terminal.' },
      { id: 'b', text: 'The owner prefers dark mode in every editor and terminal window.' },
      { id: 'c', text: 'Deploys to production happen on Tuesdays after the standup.' },
      { id: 'd', text: 'Backups of the database run nightly at two in the morning.' },
    ];
    const pairs = findNearDuplicates(docs);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 'a', b: 'b' });
    expect(pairs[0]?.similarity).toBeGreaterThan(0.8);
  });

  it('finds a planted copy among thousands of unrelated entries', () => {
    let seed = 7;
    // 32-bit LCG with integer multiplication: a plain `seed * 1103515245` loses precision past 2^53
    // and collapses into a short cycle of identical "unrelated" entries.
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const docs = Array.from({ length: 5000 }, (_, i) => ({
      id: `n${i}`,
      text: Array.from({ length: 14 }, () => `w${Math.floor(rand() * 3000)}`).join(' '),
    }));
    docs.push({ id: 'copy', text: `${docs[42]?.text} omega` });
    const pairs = findNearDuplicates(docs);
    expect(pairs.length).toBeLessThan(10);
    expect(pairs.some((p) => [p.a, p.b].sort().join() === ['copy', 'n42'].sort().join())).toBe(true);
  });
});
