import { describe, expect, it } from 'vitest';
import { getDb } from '../../db/client';
import { createStagedItem } from '../../staging/create-staged-item';
import { catalogHarness } from '../../../test/jobs/catalog-harness';

const h = catalogHarness();

describe('morning-briefing', () => {
  it('builds the briefing of the night and asks the model for prose from the facts only', async () => {
    h.fake().setReply('Two code reviews wait for you; nothing failed that the facts show.');
    await createStagedItem({ kind: 'code-review', title: 'Review of buddy' }, 'job:code-analysis');
    const run = await h.run('morning-briefing');
    expect(run.status).toBe('succeeded');
    const briefing = await (await getDb()).briefing.findFirstOrThrow({ where: { runId: run.id } });
    expect(briefing.trigger).toBe('schedule');
    expect(run.summary).toBe(`Briefing ${briefing.id}: ${briefing.headline}`);
    expect(run.requests).toHaveLength(1);
    // The prompt carries the composed facts (headline and lines) and the rule to add nothing.
    expect(run.prompts[0]).toContain(`Headline: ${briefing.headline}`);
    expect(run.prompts[0]).toContain('- Code review: 1 pending');
    expect(JSON.stringify(run.requests[0]?.body)).toContain('Use only the facts given');
    expect((briefing.sections as { prose: unknown }).prose).toEqual({
      text: 'Two code reviews wait for you; nothing failed that the facts show.',
      note: null,
    });
    expect(briefing.body.startsWith('Two code reviews wait for you')).toBe(true);
  });

  it('is built without a model provider too: the facts alone, saying why there is no prose', async () => {
    const run = await h.run('morning-briefing', { provider: false });
    expect(run.status).toBe('succeeded');
    const briefing = await (await getDb()).briefing.findFirstOrThrow({ where: { runId: run.id } });
    expect((briefing.sections as { prose: unknown }).prose).toEqual({
      text: null,
      note: 'No model provider is configured, so no summary.',
    });
    expect(run.requests).toHaveLength(0);
  });
});
