import { describe, expect, it } from 'vitest';
import { perTokenToPerMillion, toDecimal, toMicros } from './decimal';
import { diffCatalog, type Tracked } from './diff-catalog';
import type { CatalogModel } from './types';

const model = (id: string, extra: Partial<CatalogModel> = {}): CatalogModel => ({
  modelId: id,
  provider: 'acme',
  name: id,
  family: null,
  inputPerMTok: '3',
  outputPerMTok: '15',
  contextWindow: 200_000,
  maxOutputTokens: 8192,
  capabilities: ['tools'],
  deprecatedAt: null,
  ...extra,
});
const tracked = (models: CatalogModel[]) =>
  new Map<string, Tracked>(models.map((m) => [m.modelId, { ...m, missingCount: 0, removed: false }]));

describe('exact prices', () => {
  it('converts per-token floats to per-million decimals without float error', () => {
    expect(perTokenToPerMillion(3e-6)).toBe('3');
    expect(perTokenToPerMillion(1.5e-5)).toBe('15');
    expect(perTokenToPerMillion('0.000000075')).toBe('0.075');
    expect(perTokenToPerMillion(0.0000011)).toBe('1.1');
    expect(toDecimal('2.50')).toBe('2.5');
    expect(toDecimal('abc')).toBeNull();
    expect(toMicros('0.075')).toBe(75_000n);
  });
});

describe('diffCatalog', () => {
  it('emits every kind of change', () => {
    const before = tracked([model('a'), model('b'), model('c', { family: 'c-2024' }), model('d'), model('e')]);
    const { status, changes } = diffCatalog(before, [
      model('a', { inputPerMTok: '2.5' }),
      model('b', { contextWindow: 1_000_000 }),
      model('c', { family: 'c-2025' }),
      model('d', { capabilities: ['tools', 'vision'], deprecatedAt: '2026-12-01' }),
      model('e'),
      model('f'),
    ]);
    expect(status).toBe('ok');
    expect(changes.map((c) => `${c.modelId}:${c.kind}`).sort()).toEqual(
      [
        'a:price-changed',
        'b:limits-changed',
        'c:repointed',
        'd:capability-changed',
        'd:deprecation-announced',
        'f:added',
      ].sort(),
    );
    expect(changes.find((c) => c.kind === 'price-changed')).toMatchObject({
      before: { inputPerMTok: '3' },
      after: { inputPerMTok: '2.5' },
    });
  });

  it('treats "3.0" and "3" as the same price', () => {
    expect(diffCatalog(tracked([model('a')]), [model('a', { inputPerMTok: '3.0' })]).changes).toEqual([]);
  });

  it('removes a model only after two good snapshots in a row miss it', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => model(id));
    const first = diffCatalog(tracked(all), all.slice(0, 5));
    expect(first.changes).toEqual([]);
    expect(first.next.get('f')?.missingCount).toBe(1);
    const second = diffCatalog(first.next, all.slice(0, 5));
    expect(second.changes.map((c) => c.kind)).toEqual(['removed']);
    expect(second.next.get('f')?.removed).toBe(true);
  });

  it('a snapshot losing more than 20% is partial and removes nothing', () => {
    const all = ['a', 'b', 'c', 'd', 'e'].map((id) => model(id));
    const result = diffCatalog(tracked(all), all.slice(0, 3));
    expect(result.status).toBe('partial');
    expect(result.changes).toEqual([]);
    expect(result.next.get('e')?.missingCount).toBe(0);
  });
});
