import { describe, expect, it } from 'vitest';
import { BandCache } from './duplicate-band-cache';
import { BANDS } from './minhash';

let seed = 11;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed;
};
const randomBands = () => Uint32Array.from({ length: BANDS }, rand);
const sharing = (source: Uint32Array, bands: number[]) => {
  const out = randomBands();
  for (const b of bands) out[b] = source[b] as number;
  return out;
};
const sorted = (m: Map<string, number[]>) => [...m].map(([id, ix]) => `${id}:${[...ix].sort().join('+')}`).sort();

describe('in-memory copy of the stored band keys', () => {
  const cache = new BandCache();
  const stored = Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, bands: randomBands() }));
  for (const s of stored) cache.set(s.id, `h${s.id}`, s.bands);
  const probes = [
    sharing(stored[5]?.bands as Uint32Array, [0]),
    sharing(stored[42]?.bands as Uint32Array, [7, 19]),
    sharing(stored[42]?.bands as Uint32Array, [3]),
    randomBands(),
  ];

  it('finds the entries that share any band with a probe, each pair once', () => {
    expect(sorted(cache.candidates(probes))).toEqual(['e42:1+2', 'e5:0']);
  });

  it('gives the same answer for many probes (bucketed) as for a few (compared key by key)', () => {
    const many = [...probes, ...Array.from({ length: 20 }, randomBands)];
    const few = cache.candidates(probes);
    const bucketed = cache.candidates(many);
    expect(sorted(bucketed)).toEqual(sorted(few));
  });

  it('forgets removed entries and entries without words, and reuses their slots', () => {
    cache.remove('e5');
    cache.set('e42', 'changed', null);
    expect(cache.candidates(probes).size).toBe(0);
    expect(cache.contentHashOf('e42')).toBe('changed');
    cache.set('new', 'hn', stored[5]?.bands as Uint32Array);
    expect(sorted(cache.candidates(probes))).toEqual(['new:0']);
    expect(cache.size).toBe(300);
  });
});
