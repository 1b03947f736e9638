import { describe, expect, it } from 'vitest';
import { fts5Match, queryTerms, toSegments, tsQuery } from './fts-query';

describe('full-text query escaping', () => {
  it('keeps only words, so FTS operators cannot reach the engine', () => {
    expect(fts5Match('dark "mode')).toBe('"dark" "mode"*');
    expect(fts5Match('foo* OR bar')).toBe('"foo" "or" "bar"*');
    expect(fts5Match('a NEAR(b c)')).toBe('"a" "near" "b" "c"*');
    expect(fts5Match('((unbalanced')).toBe('"unbalanced"*');
    expect(fts5Match('col:value -minus ^caret')).toBe('"col" "value" "minus" "caret"*');
  });

  it('returns null when nothing searchable is left', () => {
    expect(fts5Match('"*()"')).toBeNull();
    expect(tsQuery('  !!& | ')).toBeNull();
  });

  it('builds a tsquery with & and a prefix on the last term', () => {
    expect(tsQuery("owner's dark & !mode")).toBe('owner & s & dark & mode:*');
  });

  it('caps the number of terms and keeps accents and digits', () => {
    expect(queryTerms('Café 2026')).toEqual(['café', '2026']);
    expect(queryTerms('w '.repeat(50))).toHaveLength(12);
  });

  it('turns marked text into segments', () => {
    expect(toSegments('a \u0002dark\u0003 mode')).toEqual([
      { text: 'a ', match: false },
      { text: 'dark', match: true },
      { text: ' mode', match: false },
    ]);
  });
});
