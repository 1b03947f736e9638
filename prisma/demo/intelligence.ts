import { createPrediction } from '../../lib/intelligence/cassandra/create-prediction';
import { resolvePrediction } from '../../lib/intelligence/cassandra/resolve-prediction';
import { buildDigest } from '../../lib/intelligence/sentinel/build-digest';
import { ingestItems } from '../../lib/intelligence/sentinel/ingest-items';
import { addFeed } from '../../lib/intelligence/sentinel/manage-feeds';
import { createHash } from 'node:crypto';

const DAY = 86_400_000;

const PREDICTIONS: Array<[string, number, number, 'yes' | 'no' | null]> = [
  ['A frontier lab ships a model with a 2M-token context window', 0.7, -20, 'yes'],
  ['The feed fetcher needs no manual restart this month', 0.8, -10, 'yes'],
  ['Open-weight models match last year’s best closed model on coding evals', 0.55, -5, 'no'],
  ['Token prices for the mid-size tier fall by half within the quarter', 0.4, -2, 'no'],
  ['The gateway moves to a new major version before March', 0.6, 60, null],
  ['A second agent gateway becomes worth evaluating', 0.25, 90, null],
  ['Nightly job failures stay under one a week', 0.65, 30, null],
];

/** Predictions (some resolved) and a day of news from one feed, digested as the 05:00 job would. */
export async function seedIntelligence(now: Date): Promise<{ predictions: number; stories: number }> {
  const ids: Array<[string, 'yes' | 'no' | null]> = [];
  for (const [statement, probability, days, outcome] of PREDICTIONS) {
    const p = await createPrediction(
      { statement, probability, deadline: new Date(now.getTime() + days * DAY), tags: ['demo'] },
      'owner',
      new Date(now.getTime() - 40 * DAY),
    );
    ids.push([p.id, outcome]);
  }
  for (const [id, outcome] of ids) if (outcome) await resolvePrediction(id, { outcome, note: 'demo' });
  const feed = await addFeed({ url: 'https://news.example.test/ai.xml', title: 'AI news (demo)', intervalMinutes: 60 });
  const headlines = [
    'New open-weight coding model tops a public leaderboard',
    'Agent gateway adds per-job circuit breakers',
    'Provider cuts prices on its mid-size model tier',
    'Study: most agent failures are tool errors, not model errors',
    'Sandbox escape fixed in a popular code-execution runtime',
  ];
  const items = headlines.map((title, i) => {
    const url = `https://news.example.test/story-${i + 1}`;
    return {
      guid: url,
      url,
      canonicalUrl: url,
      title,
      summary: `${title}. A short summary of the story for the demo.`,
      author: null,
      publishedAt: new Date(now.getTime() - (i + 2) * 3600_000),
      contentHash: createHash('sha256').update(title).digest('hex'),
    };
  });
  await ingestItems(feed.id, items, [], now);
  await buildDigest(now);
  return { predictions: PREDICTIONS.length, stories: items.length };
}
