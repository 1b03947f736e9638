import { describe, expect, it } from 'vitest';
import { catalogHarness } from '../../../test/jobs/catalog-harness';

const h = catalogHarness();

describe('content generation and content & research: drafts from the owner topics and the news digest', () => {
  it('nothing to report without topics (and, for research, without a digest)', async () => {
    expect(await h.run('content-generation')).toMatchObject({
      status: 'succeeded',
      summary: 'Nothing to report: no owner topics (BUDDY_CONTENT_TOPICS or _owner/topics.md)',
      outputs: 0,
    });
    expect(await h.run('content-research')).toMatchObject({
      status: 'succeeded',
      summary: 'Nothing to report: no owner topics and no news digest',
      outputs: 0,
    });
    expect(h.fake().requests).toHaveLength(0);
  });

  it('research from the digest alone: a blog post on the week and a social batch', async () => {
    h.write('_intel/news-digest.md', '# Digest\n- Small models get faster\n');
    h.fake().setReply('# What changed this week\nBody.');
    const run = await h.run('content-research');
    expect(run).toMatchObject({ status: 'succeeded', summary: '1 blog post(s) and a social batch', outputs: 2 });
    expect(run.staged.map((s) => [s.kind, s.title])).toEqual([
      ['blog-post', 'What changed this week'],
      ['social-batch', 'Social posts: this week in the news digest'],
    ]);
    expect(run.prompts.every((p) => p.includes('Small models get faster'))).toBe(true);
  });

  it('one draft per topic of _owner/topics.md, titled by the model, with the digest in the prompt', async () => {
    h.write('_owner/topics.md', '# Topics\n- Calm mornings with agents\n- Reading code reviews\n');
    h.fake().setReply('# Mornings, calmer\nA draft.');
    const run = await h.run('content-generation');
    expect(run).toMatchObject({
      status: 'succeeded',
      summary: '2 draft(s): Calm mornings with agents, Reading code reviews',
      outputs: 2,
    });
    expect(run.staged.map((s) => [s.kind, s.title, s.summary])).toEqual([
      ['draft', 'Mornings, calmer', 'Topic: Calm mornings with agents'],
      ['draft', 'Mornings, calmer', 'Topic: Reading code reviews'],
    ]);
    expect(run.prompts[1]).toContain('Reading code reviews');
    expect(run.prompts[1]).toContain('Small models get faster');
  });
});
