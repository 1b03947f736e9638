import { describe, expect, it } from 'vitest';
import { calibrationBins, scorePredictions, wilsonInterval } from './scoring';

describe('scoring', () => {
  it('computes Brier, log score and skill against always-50%', () => {
    const s = scorePredictions([
      { probability: 0.9, outcome: true },
      { probability: 0.2, outcome: false },
    ]);
    expect(s.brier).toBeCloseTo((0.01 + 0.04) / 2, 10);
    expect(s.logScore).toBeCloseTo((Math.log(0.9) + Math.log(0.8)) / 2, 10);
    expect(s.brierSkill).toBeCloseTo(1 - 0.025 / 0.25, 10);
    expect(scorePredictions([{ probability: 0.5, outcome: true }]).brierSkill).toBe(0);
    expect(scorePredictions([]).brier).toBeNull();
  });

  it('bins into ten with counts and Wilson intervals', () => {
    const bins = calibrationBins([
      { probability: 0.05, outcome: false },
      { probability: 0.95, outcome: true },
      { probability: 0.99, outcome: true },
      { probability: 0.91, outcome: false },
    ]);
    expect(bins).toHaveLength(10);
    expect(bins[0]?.count).toBe(1);
    expect(bins[9]).toMatchObject({ count: 3, yes: 2 });
    expect(bins[9]?.observed).toBeCloseTo(2 / 3);
    expect(bins[5]?.interval).toBeNull();
    const w = wilsonInterval(2, 3);
    expect(w?.low).toBeCloseTo(0.2077, 3);
    expect(w?.high).toBeCloseTo(0.9385, 3);
  });
});
