import { describe, expect, it } from 'vitest';
import { catalogHarness } from '../../../test/jobs/catalog-harness';
import { CATALOG } from '../catalog';
import { writeDigestFile } from '../../intelligence/sentinel/digest-file';

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
    // The file as the news-digest job writes it.
    await writeDigestFile(
      '2026-12-05',
      [
        {
          storyId: 'a',
          title: 'Small models get faster',
          url: 'https://news.example/a',
          sources: ['Feed A'],
          score: 2,
        },
        { storyId: 'b', title: 'A new agent gateway', url: null, sources: ['Feed B', 'Feed C'], score: 1 },
      ],
      h.path(),
    );
    h.fake().setReply('# What changed this week\nBody.\nStories used: S1, S9');
    const run = await h.run('content-research');
    expect(run).toMatchObject({ status: 'succeeded', summary: '1 blog post(s) and a social batch', outputs: 2 });
    expect(run.staged.map((s) => [s.kind, s.title])).toEqual([
      ['blog-post', 'What changed this week'],
      ['social-batch', 'Social posts: this week in the news digest'],
    ]);
    expect(run.prompts.every((p) => p.includes('[S1] Small models get faster | Feed A | https://news.example/a'))).toBe(
      true,
    );
    expect(run.prompts[0]).toContain('[S2] A new agent gateway | Feed B (also: Feed C)');
    // Each draft names the stories it used (only ids that are in the digest), in its body and metadata.
    for (const item of run.staged) {
      expect(item.body).toContain('## Stories used\n- Small models get faster (https://news.example/a)\n');
      expect(item.body).not.toContain('Stories used: S1');
      expect((item.metadata as { stories: unknown }).stories).toEqual([
        { id: 'S1', title: 'Small models get faster', url: 'https://news.example/a' },
      ]);
    }
    expect(run.log).toContain('news digest: 2 stories');
  });

  it('content jobs are scheduled after the digest (BUDDY_DIGEST_TIME, 05:00 by default)', () => {
    expect(CATALOG.get('news-digest')?.cron).toBe('0 5 * * *');
    expect(CATALOG.get('content-generation')?.cron).toBe('10 5 * * *');
    expect(CATALOG.get('content-research')?.cron).toBe('15 5 * * *');
  });

  it('one draft per topic of _owner/topics.md, titled by the model, with the digest in the prompt', async () => {
    h.write('_owner/topics.md', '# Topics\n- Calm mornings with agents\n- Reading code reviews\n');
    h.fake().setReply('# Mornings, calmer\nA draft.\nStories used: none');
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
    expect(run.staged[0]?.body).toContain('## Stories used\n- none of the digest stories');
  });
});
