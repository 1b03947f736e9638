/**
 * `npm run db:seed`: a demo dataset for trying Buddy out (idempotent: a second run adds nothing).
 * Each domain contributes what a first morning would show.
 */
import { disconnectDb, getDb } from '../lib/db/client';
import { closeSharedRedis } from '../lib/redis/connection';
import { createStagedItem } from '../lib/staging/create-staged-item';

const DEMO_ITEMS = [
  {
    kind: 'code-review' as const,
    title: 'Review: retry logic in the feed fetcher',
    summary: 'Three commits since Tuesday change the backoff; one path can retry forever.',
    body: '## Findings\n\n- `fetchFeed` retries on every 5xx without a budget.\n- The `Retry-After` header is parsed as seconds only.\n\n## Suggestion\n\nCap retries at the job timeout and accept HTTP dates.',
    sourceJob: 'deep-code-analysis',
  },
  {
    kind: 'blog-post' as const,
    title: 'Draft: what a month of overnight agents taught me',
    summary: 'A 900-word draft from the content job, grounded in last month’s approvals.',
    body: '# What a month of overnight agents taught me\n\nThe best thing an agent did all month was *nothing*: it reported that there was nothing to report.',
    sourceJob: 'content-research',
  },
  {
    kind: 'feature-proposal' as const,
    title: 'Proposal: weekly digest of rejected items',
    summary: 'Rejections carry reasons; a weekly digest would show patterns worth fixing at the source.',
    body: 'Group rejection reasons by job and kind, and propose prompt changes where one reason dominates.',
    sourceJob: 'feature-discovery',
  },
];

async function main() {
  const db = await getDb();
  for (const item of DEMO_ITEMS) {
    if (await db.stagedItem.findFirst({ where: { title: item.title } })) continue;
    await createStagedItem(item, 'system:seed');
  }
  console.log(`seeded ${DEMO_ITEMS.length} demo staged items`);
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
