import { describe, expect, it } from 'vitest';
import { composeBriefing } from './compose-briefing';
import type { Facts, GatheredFacts, RunFact } from './facts';

const since = new Date('2026-11-26T05:30:00Z');
const until = new Date('2026-11-27T05:30:00Z');
const gathered = (facts: Facts, failures: GatheredFacts['failures'] = []): GatheredFacts => ({
  since,
  until,
  facts,
  failures,
});

function run(jobName: string, status: RunFact['status'], extra: Partial<RunFact> = {}): RunFact {
  return {
    runId: `r-${jobName}`,
    jobName,
    status,
    startedAt: new Date('2026-11-26T22:00:00Z'),
    finishedAt: null,
    durationMs: 64_000,
    model: 'sonnet',
    tokensIn: 1200,
    tokensOut: 300,
    error: null,
    ...extra,
  };
}

const staging = {
  pendingByKind: { 'code-review': 3, 'blog-post': 1 },
  pendingTotal: 4,
  decisionsSince: { rejected: 2 },
};

describe('composeBriefing', () => {
  it('on a night with nothing says so in the headline', () => {
    const b = composeBriefing(
      gathered({ runs: [], circuits: [], staging: { pendingByKind: {}, pendingTotal: 0, decisionsSince: {} } }),
      'UTC',
    );
    expect(b.headline).toBe('No job runs recorded since Thu 26 Nov, 05:30');
    expect(b.tone).toBe('bad');
    expect(b.sections.find((s) => s.title === 'Waiting for review')?.lines).toEqual([
      'Nothing waits for review.',
      'No decisions since Thu 26 Nov, 05:30.',
    ]);
  });

  it('puts failures first and names the failed jobs', () => {
    const b = composeBriefing(
      gathered({
        runs: [
          run('drift', 'succeeded'),
          run('deep-code', 'failed', { error: 'model timeout' }),
          run('tests', 'timed-out'),
        ],
        staging,
      }),
      'UTC',
    );
    expect(b.headline).toBe('2 of 3 job runs failed since Thu 26 Nov, 05:30: deep-code, tests');
    expect(b.sections[0]).toMatchObject({ title: 'Failed', tone: 'bad' });
    expect(b.sections[0]?.lines[0]).toBe(
      'deep-code: failed · Thu 26 Nov, 22:00 · 64 s · sonnet · 1,200 in / 300 out tokens — model timeout',
    );
    expect(b.markdown).toMatch(/^# 2 of 3 job runs failed/);
  });

  it('reports open circuits when every run succeeded', () => {
    const b = composeBriefing(
      gathered({
        runs: [run('a', 'succeeded')],
        circuits: [{ jobName: 'news', state: 'open', consecutiveFailures: 3, openedAt: null }],
      }),
      'UTC',
    );
    expect(b.headline).toBe('1 job circuit open: news');
  });

  it('on a good night counts the runs and the items waiting', () => {
    const b = composeBriefing(
      gathered({
        runs: [run('a', 'succeeded'), run('b', 'succeeded')],
        circuits: [],
        drift: [],
        news: [{ headline: 'Model X released', source: 'sentinel', url: null }],
        staging,
      }),
      'UTC',
    );
    expect(b.headline).toBe('All 2 job runs succeeded; 4 items wait for review');
    expect(b.tone).toBe('ok');
    expect(b.sections.find((s) => s.title === 'Waiting for review')?.lines[0]).toBe(
      '4 items pending: 3 code-review, 1 blog-post.',
    );
    expect(b.sections.find((s) => s.title === 'Drift')?.lines).toEqual(['No drift found.']);
    expect(b.sections.find((s) => s.title === 'News')?.lines).toEqual(['Model X released (sentinel)']);
  });

  it('says plainly which sources are not connected or could not be read', () => {
    const b = composeBriefing(
      gathered({ staging }, [{ source: 'workers', message: 'database is locked' }]),
      'Europe/Berlin',
    );
    expect(b.headline).toBe('No job runs recorded since Thu 26 Nov, 06:30');
    expect(b.sections[0]).toEqual({
      title: 'Sources that could not be read',
      tone: 'bad',
      lines: ['workers: database is locked'],
    });
    expect(b.sections.find((s) => s.title === 'Job runs')?.lines).toEqual([
      'The jobs source is not connected, so no runs can be reported.',
    ]);
    expect(b.sections.find((s) => s.title === 'Drift')?.lines).toEqual([
      'The drift detection source is not connected yet.',
    ]);
  });

  it('reads the first briefing without a previous one', () => {
    expect(composeBriefing({ since: null, until, facts: { runs: [] }, failures: [] }, 'UTC').headline).toBe(
      'No job runs recorded since the first briefing',
    );
  });
});
