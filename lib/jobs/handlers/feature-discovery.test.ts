import { describe, expect, it } from 'vitest';
import { catalogHarness, commit } from '../../../test/jobs/catalog-harness';
import { getDb } from '../../db/client';
import { rejectStagedItem } from '../../staged-kinds/staging-decisions';

const h = catalogHarness();

describe('feature-discovery: proposals grounded in each _active repository', () => {
  it('nothing to report without repositories under _active', async () => {
    const run = await h.run('feature-discovery');
    expect(run).toMatchObject({
      status: 'succeeded',
      summary: 'Nothing to report: no git repositories under _active',
      outputs: 0,
    });
    expect(run.requests).toHaveLength(0);
  });

  it('one proposal per repository, from its files, README and the whole history on the first run', async () => {
    commit(
      h.path('_active', 'alpha'),
      { 'README.md': '# Alpha\nInvoices for freelancers.\n', 'package.json': '{}' },
      'Invoice totals',
    );
    commit(h.path('_active', 'beta'), { 'main.go': 'package main\n' }, 'Hello beta');
    h.fake().setReply('1. Recurring invoices\n2. CSV export');

    const run = await h.run('feature-discovery');
    expect(run).toMatchObject({ status: 'succeeded', summary: 'Proposals for 2 of 2 repositories', outputs: 2 });
    expect(run.staged.map((s) => [s.kind, s.title, s.summary, s.target])).toEqual([
      ['feature-proposal', 'Feature proposals for alpha', 'From 1 new commit(s) touching 2 file(s)', '_active/alpha'],
      ['feature-proposal', 'Feature proposals for beta', 'From 1 new commit(s) touching 1 file(s)', '_active/beta'],
    ]);
    expect(run.staged[0]?.body).toBe('1. Recurring invoices\n2. CSV export');
    expect(run.prompts[0]).toContain('Invoices for freelancers.');
    expect(run.prompts[0]).toContain('first discovery: the whole history');
    expect(run.prompts[0]).toContain('Invoice totals');
    expect(run.prompts[1]).toContain('main.go');
  });

  it('works from what changed since its last run: unchanged repositories are not proposed for again', async () => {
    const run = await h.run('feature-discovery');
    expect(run).toMatchObject({ status: 'succeeded', summary: 'Nothing to report: nothing changed in 2 repositories' });
    expect(run.requests).toHaveLength(0);
  });

  it('after a rejection: only the new commits, and the reason in the prompt for that repository', async () => {
    const db = await getDb();
    const beta = await db.stagedItem.findFirstOrThrow({ where: { kind: 'feature-proposal', target: '_active/beta' } });
    await rejectStagedItem(beta.id, 'owner:ada@example.test', 'beta is a throwaway, no features');
    commit(h.path('_active', 'beta'), { 'server.go': 'package main\n' }, 'Add a server');
    h.fake().setReply('1. A health endpoint');

    const run = await h.run('feature-discovery');
    expect(run.staged.map((s) => s.title)).toEqual(['Feature proposals for beta']);
    expect(run.prompts).toHaveLength(1);
    expect(run.prompts[0]).toContain('Add a server');
    expect(run.prompts[0]).not.toContain('Hello beta');
    expect(run.prompts[0]).toContain('server.go');
    expect(run.prompts[0]).toContain('"beta is a throwaway, no features"');
  });
});
