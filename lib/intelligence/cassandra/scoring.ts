/**
 * Proper scoring rules for resolved predictions. Only yes/no outcomes are scored: ambiguous and
 * annulled predictions say nothing about calibration, so callers filter them out before this.
 */
export type Scored = { probability: number; outcome: boolean };

export type Scores = {
  count: number;
  /** Mean Brier score, 0 (perfect) to 1 (certain and wrong). */
  brier: number | null;
  /** Mean natural-log score, ln(p of what happened): 0 is perfect, more negative is worse. */
  logScore: number | null;
  /** 1 - brier / 0.25: skill against always answering 50% (0.25 Brier). Above 0 beats it. */
  brierSkill: number | null;
};

export function scorePredictions(items: readonly Scored[]): Scores {
  const n = items.length;
  if (n === 0) return { count: 0, brier: null, logScore: null, brierSkill: null };
  let brier = 0;
  let log = 0;
  for (const { probability: p, outcome } of items) {
    const o = outcome ? 1 : 0;
    brier += (p - o) ** 2;
    log += Math.log(outcome ? p : 1 - p);
  }
  brier /= n;
  return { count: n, brier, logScore: log / n, brierSkill: 1 - brier / 0.25 };
}

/** Wilson score interval for k successes out of n at 95% (z = 1.96). */
export function wilsonInterval(k: number, n: number, z = 1.96): { low: number; high: number } | null {
  if (n === 0) return null;
  const phat = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (phat + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((phat * (1 - phat)) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export type CalibrationBin = {
  from: number;
  to: number;
  count: number;
  yes: number;
  meanForecast: number | null;
  observed: number | null;
  interval: { low: number; high: number } | null;
};

/** Ten equal bins over [0, 1]; a probability of exactly 1 falls in the last bin. */
export function calibrationBins(items: readonly Scored[]): CalibrationBin[] {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, count: 0, yes: 0, sum: 0 }));
  for (const { probability, outcome } of items) {
    const bin = bins[Math.min(9, Math.floor(probability * 10))] as (typeof bins)[number];
    bin.count++;
    bin.sum += probability;
    if (outcome) bin.yes++;
  }
  return bins.map(({ from, to, count, yes, sum }) => ({
    from,
    to,
    count,
    yes,
    meanForecast: count ? sum / count : null,
    observed: count ? yes / count : null,
    interval: wilsonInterval(yes, count),
  }));
}
