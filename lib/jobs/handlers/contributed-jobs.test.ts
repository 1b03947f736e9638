import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../db/client';
import { env } from '../../env';
import { dayIn } from '../../intelligence/sentinel/build-digest';
import { catalogHarness } from '../../../test/jobs/catalog-harness';

const h = catalogHarness();

/** The intelligence pipelines' jobs (lib/intelligence/jobs.ts) as the runner sees them: no model, truthful reasons. */
describe('contributed jobs on a fresh install (no feeds, no catalog sources)', () => {
  it('news-feeds: nothing to report when no feed is due', async () => {
    expect(await h.run('news-feeds', { provider: false })).toMatchObject({
      status: 'succeeded',
      summary: 'Nothing to report: no feed was due',
      model: null,
    });
  });

  it('model-catalog: nothing to report without configured sources', async () => {
    // The wording after the reason belongs to the intelligence domain; the contract here is "nothing to report, and why".
    expect(await h.run('model-catalog', { provider: false })).toMatchObject({
      status: 'succeeded',
      outputs: 0,
      summary: expect.stringMatching(/^Nothing to report: no catalog source is configured \(BUDDY_CATALOG_SOURCES\)/),
    });
  });

  it("news-digest: builds today's (empty) digest and reports it", async () => {
    const day = dayIn(env().BUDDY_TZ, new Date());
    expect(await h.run('news-digest', { provider: false })).toMatchObject({
      status: 'succeeded',
      summary: `digest for ${day}: 0 stories`,
    });
    expect(await (await getDb()).digest.count({ where: { day } })).toBe(1);
    // Written where the content jobs read it.
    expect(readFileSync(h.path('_intel', 'news-digest.md'), 'utf8')).toBe(
      `# News digest ${day}\n\nNo stories in the last 24 hours.\n`,
    );
  });
});
