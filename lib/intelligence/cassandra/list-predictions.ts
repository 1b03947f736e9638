import { getDb } from '../../db/client';
import { calibrationBins, scorePredictions } from './scoring';
import { displayState, parseTags, withTags } from './schemas';

/**
 * Predictions for the page, past-deadline ones first, with scores and calibration computed over the
 * resolved yes/no ones that match the tag and time window.
 */
export async function listPredictions(filter: { tag?: string; windowDays?: number } = {}, now = new Date()) {
  const db = await getDb();
  const rows = await db.prediction.findMany({
    include: {
      updates: { orderBy: { at: 'asc' }, select: { probability: true, reason: true, at: true, source: true } },
      resolutions: { orderBy: { at: 'asc' } },
    },
    orderBy: { deadline: 'asc' },
  });
  const predictions = rows
    .map((p) => ({ ...withTags(p), state: displayState(p, now) }))
    .filter((p) => !filter.tag || p.tags.includes(filter.tag));
  const rank = (s: string) => (s === 'due' ? 0 : s === 'open' ? 1 : 2);
  predictions.sort((a, b) => rank(a.state) - rank(b.state) || a.deadline.getTime() - b.deadline.getTime());
  const since = filter.windowDays ? now.getTime() - filter.windowDays * 86_400_000 : 0;
  const scored = predictions
    .filter((p) => p.status === 'resolved' && (p.outcome === 'yes' || p.outcome === 'no'))
    .filter((p) => (p.resolvedAt?.getTime() ?? 0) >= since)
    .map((p) => ({ probability: p.probability, outcome: p.outcome === 'yes' }));
  const tags = [...new Set(rows.flatMap((p) => parseTags(p.tags)))].sort();
  return {
    predictions,
    scores: scorePredictions(scored),
    calibration: calibrationBins(scored),
    tags,
    overdue: predictions.filter((p) => p.state === 'due').length,
  };
}

/** For the morning briefing: open predictions whose deadline has passed. */
export async function overduePredictionCount(now = new Date()): Promise<number> {
  const db = await getDb();
  return db.prediction.count({ where: { status: 'open', deadline: { lte: now } } });
}
