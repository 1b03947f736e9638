import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogHarness, commit } from '../../../test/jobs/catalog-harness';
import { getDb } from '../../db/client';
import { rejectStagedItem } from '../../staged-kinds/staging-decisions';

const h = catalogHarness();
const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('code-analysis: the diff since the last reviewed commit of each _active repository', () => {
  it('first run: a first review of the whole current state, and a CLAUDE.md from tree and manifests', async () => {
    const repo = h.path('_active', 'alpha');
    commit(
      repo,
      {
        'README.md': '# Alpha\nA queue for calm mornings.\n',
        'package.json': '{"name":"alpha","scripts":{"test":"node --test"}}\n',
        'src/index.ts': 'export const x = 1;\n',
      },
      'Start alpha',
      new Date(Date.now() - 2 * HOUR),
    );
    commit(repo, { 'src/index.ts': 'export const x = 2;\n' }, 'Raise x to two', new Date(Date.now() - HOUR));
    mkdirSync(h.path('_active', 'notes'), { recursive: true }); // not a repository: ignored
    h.fake().setReply('# Review\nLooks careful.');

    const run = await h.run('code-analysis');
    expect(run).toMatchObject({ status: 'succeeded', summary: 'Reviewed 1 of 1 repositories', outputs: 2 });
    expect(run.staged.map((s) => [s.kind, s.title])).toEqual([
      ['code-review', 'First review: alpha (2 commits)'],
      ['claude-md', 'CLAUDE.md for alpha'],
    ]);
    const [review, claudeMd] = run.staged;
    expect(review).toMatchObject({ summary: 'Raise x to two', createdBy: 'job:code-analysis' });
    expect(claudeMd?.files).toMatchObject([
      { targetPath: '_active/alpha/CLAUDE.md', content: '# Review\nLooks careful.', baseHash: null },
    ]);
    // The review prompt carries the code itself: every file of the current state, as diff hunks.
    const [reviewPrompt, claudePrompt] = run.prompts;
    expect(reviewPrompt).toContain('first review of this repository');
    expect(reviewPrompt).toContain('diff --git a/src/index.ts b/src/index.ts');
    expect(reviewPrompt).toContain('+export const x = 2;');
    expect(reviewPrompt).toContain('+A queue for calm mornings.');
    expect(reviewPrompt).toContain('3 files, 3 hunks');
    // CLAUDE.md: the tracked tree (nested paths too) and the manifest's content.
    expect(claudePrompt).toContain('src/index.ts');
    expect(claudePrompt).toContain('--- package.json\n{"name":"alpha","scripts":{"test":"node --test"}}');
  });

  it('next run: HEAD is the last reviewed commit -> nothing to report, no model call', async () => {
    const run = await h.run('code-analysis');
    expect(run).toMatchObject({ status: 'succeeded', summary: 'Nothing to report: no new commits in 1 repositories' });
    expect(run.requests).toHaveLength(0);
    expect(run.log).toContain('_active/alpha: no commits since the last reviewed one');
  });

  it('new commits, even dated before the last run: only their diff, and CLAUDE.md replaces the file by hash', async () => {
    const existing = '# Alpha conventions\n';
    // Dated two days ago (a rebase, a clock): a time-based "since" would miss it; the commit cursor does not.
    commit(
      h.path('_active', 'alpha'),
      { 'CLAUDE.md': existing, 'src/queue.ts': 'export function drain() {}\n' },
      'Add CLAUDE.md and drain',
      new Date(Date.now() - 2 * DAY),
    );
    const run = await h.run('code-analysis');
    expect(run.staged.map((s) => s.title)).toEqual(['Code review: alpha (1 commits)', 'CLAUDE.md for alpha']);
    const [reviewPrompt, claudePrompt] = run.prompts;
    expect(reviewPrompt).toContain('Add CLAUDE.md and drain');
    expect(reviewPrompt).not.toContain('Raise x to two');
    expect(reviewPrompt).toContain('+export function drain() {}');
    expect(reviewPrompt).not.toContain('export const x = 2');
    expect(claudePrompt).toContain(existing.trim());
    expect(run.staged[1]?.summary).toBe('Update of the existing CLAUDE.md');
    expect(run.staged[1]?.files[0]?.baseHash).toBe(createHash('sha256').update(existing).digest('hex'));
  });

  it('a repository added later, with old commits only, gets its first review', async () => {
    commit(
      h.path('_active', 'beta'),
      { 'main.go': 'package main\n' },
      'Old beta work',
      new Date(Date.now() - 30 * DAY),
    );
    const run = await h.run('code-analysis');
    expect(run.staged.map((s) => s.title)).toEqual(['First review: beta (1 commits)', 'CLAUDE.md for beta']);
    expect(run.prompts[0]).toContain('+package main');
  });

  it('a diff larger than the budget: the largest hunks are summarised, named, never silently dropped', async () => {
    const big = Array.from({ length: 400 }, (_, i) => `export function handler${i}() { return ${i}; }`).join('\n');
    commit(
      h.path('_active', 'alpha'),
      { 'src/big.ts': `${big}\n`, 'src/small.ts': 'export const small = true;\n' },
      'A big generated file and a small one',
    );
    const run = await h.run('code-analysis', { contextTokens: 2000 });
    const prompt = run.prompts[0] ?? '';
    expect(prompt).toContain('+export const small = true;'); // the small hunk is shown whole
    expect(prompt).not.toContain('handler399() { return 399; }'); // the big one is not
    expect(prompt).toMatch(
      /\[hunk summarised to fit the context budget: \+400 -0 lines; declares or changes: handler0/,
    );
    expect(prompt).toContain('diff --git a/src/big.ts b/src/big.ts');
    expect(prompt).toMatch(/2 files, 2 hunks, \d+ of a 4000-character budget; 1 largest hunks summarised/);
    const review = run.staged.find((s) => s.kind === 'code-review');
    expect(review?.metadata).toMatchObject({ summarisedHunks: 1, budget: 4000, files: 2 });
  });

  it('a rejected CLAUDE.md is not proposed again until its input changes; then the reason is in the prompt', async () => {
    const db = await getDb();
    const pending = await db.stagedItem.findMany({ where: { kind: 'claude-md', target: '_active/alpha/CLAUDE.md' } });
    expect(pending.map((p) => p.status)).toEqual(['pending']); // updated nightly, never duplicated
    await rejectStagedItem(pending[0]?.id ?? '', 'owner:ada@example.test', 'Say that tests run with node --test');

    commit(h.path('_active', 'alpha'), { 'src/small.ts': 'export const small = false;\n' }, 'Flip small');
    const quiet = await h.run('code-analysis');
    expect(quiet.staged.map((s) => s.kind)).toEqual(['code-review']);
    expect(quiet.prompts).toHaveLength(1);
    expect(quiet.log).toContain('the last claude-md was rejected and its input has not changed');

    commit(h.path('_active', 'alpha'), { 'package.json': '{"name":"alpha","type":"module"}\n' }, 'ESM');
    // (The same text as the rejected file would be refused again even now: a fingerprint match.)
    h.fake().setReply('# Alpha\nTests run with node --test.');
    const again = await h.run('code-analysis');
    expect(again.staged.map((s) => s.kind)).toEqual(['code-review', 'claude-md']);
    expect(again.prompts[1]).toContain('"Say that tests run with node --test"');
  });

  it('a git failure fails the run with git error, instead of "no new commits"', async () => {
    // A repository whose objects are gone (a broken clone, a full disk during gc).
    for (const dir of readdirSync(h.path('_active', 'beta', '.git', 'objects')))
      if (/^[0-9a-f]{2}$/.test(dir)) rmSync(h.path('_active', 'beta', '.git', 'objects', dir), { recursive: true });
    const run = await h.run('code-analysis');
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/^git rev-parse failed in _active\/beta: fatal: /);
  });

  it('nothing to report without repositories under _active', async () => {
    renameSync(h.path('_active'), h.path('_archive'));
    const run = await h.run('code-analysis');
    expect(run).toMatchObject({ status: 'succeeded', summary: 'Nothing to report: no git repositories under _active' });
    expect(run.requests).toHaveLength(0);
  });
});
