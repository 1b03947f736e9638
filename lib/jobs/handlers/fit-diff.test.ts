import { describe, expect, it } from 'vitest';
import { fitDiff, splitDiff } from './fit-diff';

const diff = [
  'diff --git a/a.ts b/a.ts',
  'index 1..2 100644',
  '--- a/a.ts',
  '+++ b/a.ts',
  '@@ -1,1 +1,1 @@',
  '-const a = 1;',
  '+const a = 2;',
  'diff --git a/old.ts b/new.ts',
  'similarity index 90%',
  'rename from old.ts',
  'rename to new.ts',
  'diff --git a/big.ts b/big.ts',
  '--- a/big.ts',
  '+++ b/big.ts',
  '@@ -1,0 +1,50 @@',
  ...Array.from({ length: 50 }, (_, i) => `+function f${i}() {}`),
  '',
].join('\n');

describe('splitDiff and fitDiff', () => {
  it('splits per file (renames by their new path) and hunk', () => {
    const files = splitDiff(diff);
    expect(files.map((f) => [f.path, f.hunks.length])).toEqual([
      ['a.ts', 1],
      ['new.ts', 0],
      ['big.ts', 1],
    ]);
    expect(files[2]?.hunks[0]?.lines).toHaveLength(50);
  });

  it('within budget: the diff unchanged', () => {
    const fitted = fitDiff(splitDiff(diff), 100_000);
    expect(fitted.text).toBe(diff.trimEnd());
    expect(fitted.summarised).toEqual([]);
  });

  it('over budget: the largest hunk summarised first, then whole files, every file still named', () => {
    const fitted = fitDiff(splitDiff(diff), 400);
    expect(fitted.summarised).toEqual([{ path: 'big.ts', header: '@@ -1,0 +1,50 @@', added: 50, removed: 0 }]);
    expect(fitted.text).toContain('+const a = 2;');
    expect(fitted.text).toContain('[hunk summarised to fit the context budget: +50 -0 lines; declares or changes: f0');
    expect(fitted.chars).toBeLessThanOrEqual(400);
    const tiny = fitDiff(splitDiff(diff), 150);
    expect(tiny.collapsedFiles.length).toBeGreaterThan(0);
    for (const name of ['a.ts', 'new.ts', 'big.ts']) expect(tiny.text).toContain(name);
  });
});
