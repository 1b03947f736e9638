/**
 * `npm run db:seed`: a demo that looks like a real night, made through the domains' own use cases
 * (idempotent: a second run adds nothing). Last night's runs with a failure that trips a breaker, a
 * skipped job and missed slots; 30+ staged items of every kind, some with file diffs; 500 memory
 * entries with near-duplicates; predictions with outcomes; a day of news; and the 05:30 briefing.
 */
import { buildBriefing } from '../lib/briefing/build-briefing';
import { disconnectDb, getDb } from '../lib/db/client';
import { closeSharedRedis } from '../lib/redis/connection';
import { seedIntelligence } from './demo/intelligence';
import { seedMemory } from './demo/memory';
import { seedNight } from './demo/night';
import { seedStaged } from './demo/staged';

const MARKER = 'Review: the feed fetcher can retry forever';

async function main() {
  const db = await getDb();
  if (await db.stagedItem.findFirst({ where: { title: MARKER } })) {
    console.log('the demo is already seeded; nothing added');
    return;
  }
  const now = new Date();
  const { runs } = await seedNight(now);
  const intelligence = await seedIntelligence(now);
  const predictions = await db.prediction.findMany({ where: { status: 'open' }, select: { id: true } });
  const staged = await seedStaged(predictions.map((p) => p.id));
  const memory = await seedMemory();
  const { headline } = await buildBriefing({ trigger: 'schedule', now });
  console.log(
    `seeded ${runs} job runs, ${staged} staged items, ${memory} memory entries, ${intelligence.predictions} predictions, ${intelligence.stories} news stories`,
  );
  console.log(`briefing: ${headline}`);
}

main()
  .then(async () => {
    await closeSharedRedis();
    await disconnectDb();
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
