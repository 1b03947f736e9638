import { describe, expect, it } from 'vitest';
import { groupThousands } from './chip-count';

describe('groupThousands', () => {
  it("groups as toLocaleString('en') does", () => {
    for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 1_234_567_890])
      expect(groupThousands(n)).toBe(n.toLocaleString('en'));
  });
});
