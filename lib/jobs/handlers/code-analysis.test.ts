import { createHash } from 'node:crypto';
import { mkdirSync, renameSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogHarness, commit } from '../../../test/jobs/catalog-harness';

const h = catalogHarness();
const HOUR = 3600_000;

describe('code-analysis: new commits in each _active repository -> a review and a proposed CLAUDE.md', () => {
  it('first run: reviews every commit and proposes a new CLAUDE.md, as a proposed file', async () => {
    const repo = h.path('_active', 'alpha');
    commit(
      repo,
      { 'README.md': '# Alpha\nA queue for calm mornings.\n', 'src/index.ts': 'export const x = 1;\n' },
      'Start alpha',
      new Date(Date.now() - 2 * HOUR),
    );
    commit(repo, { 'src/index.ts': 'export const x = 2;\n' }, 'Raise x to two', new Date(Date.now() - HOUR));
    mkdirSync(h.path('_active', 'notes'), { recursive: true }); // not a repository: ignored
    h.fake().setReply('# Review\nLooks careful.');

    const run = await h.run('code-analysis');
    expect(run).toMatchObject({
      status: 'succeeded',
      summary: 'Reviewed 1 of 1 repositories',
      outputs: 2,
      provider: 'gateway',
    });
    expect(run.staged.map((s) => [s.kind, s.title])).toEqual([
      ['code-review', 'Code review: alpha (2 commits)'],
      ['claude-md', 'CLAUDE.md for alpha'],
    ]);
    const [review, claudeMd] = run.staged;
    expect(review).toMatchObject({
      summary: 'Raise x to two',
      body: '# Review\nLooks careful.',
      createdBy: 'job:code-analysis',
    });
    expect(claudeMd?.summary).toBe('New CLAUDE.md');
    expect(claudeMd?.files).toMatchObject([
      { targetPath: '_active/alpha/CLAUDE.md', content: '# Review\nLooks careful.', baseHash: null },
    ]);
    // The prompts carry the real history and README, from the versioned templates.
    expect(run.prompts[0]).toContain('Raise x to two');
    expect(run.prompts[0]).toContain('Start alpha');
    expect(run.prompts[0]).toContain('A queue for calm mornings.');
    expect(run.prompts[1]).toContain('src/');
    expect(run.requests.every((r) => r.headers['x-openclaw-session-key'] === `buddy:run:${run.id}`)).toBe(true);
  });

  it('next run: no commits since the last successful run -> nothing to report, no model call', async () => {
    const run = await h.run('code-analysis');
    expect(run).toMatchObject({
      status: 'succeeded',
      summary: 'Nothing to report: no new commits in 1 repositories',
      outputs: 0,
    });
    expect(run.requests).toHaveLength(0);
    expect(run.log).toContain('_active/alpha: no commits since the last run');
  });

  it('a new commit: reviewed alone, and the CLAUDE.md proposal replaces the existing file by its hash', async () => {
    const existing = '# Alpha conventions\n';
    commit(h.path('_active', 'alpha'), { 'CLAUDE.md': existing }, 'Add CLAUDE.md');
    const run = await h.run('code-analysis');
    expect(run.staged.map((s) => s.title)).toEqual(['Code review: alpha (1 commits)', 'CLAUDE.md for alpha']);
    expect(run.prompts[0]).toContain('Add CLAUDE.md');
    expect(run.prompts[0]).not.toContain('Raise x to two');
    expect(run.prompts[1]).toContain(existing.trim());
    expect(run.staged[1]?.summary).toBe('Update of the existing CLAUDE.md');
    expect(run.staged[1]?.files[0]?.baseHash).toBe(createHash('sha256').update(existing).digest('hex'));
  });
  it('nothing to report without repositories under _active', async () => {
    renameSync(h.path('_active'), h.path('_archive'));
    const run = await h.run('code-analysis');
    expect(run).toMatchObject({ status: 'succeeded', summary: 'Nothing to report: no git repositories under _active' });
    expect(run.requests).toHaveLength(0);
  });
});
