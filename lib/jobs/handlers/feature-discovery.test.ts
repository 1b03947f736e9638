import { describe, expect, it } from 'vitest';
import { catalogHarness, commit } from '../../../test/jobs/catalog-harness';

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

  it('one proposal per repository, from its files, README and history (not only new commits)', async () => {
    commit(
      h.path('_active', 'alpha'),
      { 'README.md': '# Alpha\nInvoices for freelancers.\n', 'package.json': '{}' },
      'Invoice totals',
    );
    commit(h.path('_active', 'beta'), { 'main.go': 'package main\n' }, 'Hello beta');
    h.fake().setReply('1. Recurring invoices\n2. CSV export');

    const run = await h.run('feature-discovery');
    expect(run).toMatchObject({ status: 'succeeded', summary: 'Proposals for 2 repositories', outputs: 2 });
    expect(run.staged.map((s) => [s.kind, s.title, s.summary])).toEqual([
      ['feature-proposal', 'Feature proposals for alpha', 'Grounded in 3 top-level entries and 1 commits'],
      ['feature-proposal', 'Feature proposals for beta', 'Grounded in 2 top-level entries and 1 commits'],
    ]);
    expect(run.staged[0]?.body).toBe('1. Recurring invoices\n2. CSV export');
    expect(run.prompts[0]).toContain('Invoices for freelancers.');
    expect(run.prompts[0]).toContain('package.json');
    expect(run.prompts[0]).toContain('Invoice totals');
    expect(run.prompts[1]).toContain('main.go');

    // The history is read in full every time: a second run proposes again.
    expect((await h.run('feature-discovery')).outputs).toBe(2);
  });
});
