import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LabelledPair, scoreCorpus } from './corpus-score';

const corpus = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../../test/fixtures/memory-pairs.json'), 'utf8'),
) as { pairs: LabelledPair[] };

describe('the memory detector on the paired corpus', () => {
  it('finds reworded duplicates and contradictions above its floors, and prints its precision and recall', () => {
    const { scores, mistakes } = scoreCorpus(corpus.pairs);
    const table = scores.map(
      (s) =>
        `${s.kind.padEnd(13)} precision ${s.precision.toFixed(3)} (${s.correct}/${s.found})  recall ${s.recall.toFixed(3)} (${s.correct}/${s.labelled})`,
    );
    console.log(
      `memory corpus: ${corpus.pairs.length} labelled pairs, pooled into one memory\n${table.join('\n')}\n${mistakes.join('\n')}`,
    );
    const [duplicates, contradictions] = scores;
    expect(corpus.pairs.filter((p) => p.expect === 'different').length).toBeGreaterThanOrEqual(25);
    expect(duplicates?.precision).toBeGreaterThanOrEqual(0.8);
    expect(duplicates?.recall).toBeGreaterThanOrEqual(0.9);
    expect(contradictions?.precision).toBeGreaterThanOrEqual(0.9);
    expect(contradictions?.recall).toBeGreaterThanOrEqual(0.9);
  });
});
