import { describe, expect, it } from 'vitest';
import { composeBriefing } from './compose-briefing';
import type { CircuitFact, Facts, GatheredFacts, JobFact, RunFact } from './facts';
import { slotsBetween } from './night-window';
import { NIGHT_PLANS, type NightPlan } from '../../test/briefing/nights';

// The night of Fri 4 Dec 05:30 to Sat 5 Dec 05:30, Berlin time (UTC+1).
const TZ = 'Europe/Berlin';
const since = new Date('2026-12-04T04:30:00Z');
const until = new Date('2026-12-05T04:30:00Z');
const known = new Date('2026-11-01T00:00:00Z');

const job = (name: string, title: string, cron: string, extra: Partial<JobFact> = {}): JobFact => ({
  name,
  title,
  cron,
  enabled: true,
  circuitState: 'closed',
  knownSince: known,
  circuitChangedAt: null,
  ...extra,
});
const JOBS = [
  job('infra-health', 'Infrastructure health', '0 22 * * *'),
  job('code-analysis', 'Deep code analysis', '50 22 * * *'),
  job('news-feeds', 'News feeds', '7 * * * *'),
];

let seq = 0;
function run(jobName: string, at: Date, status: RunFact['status'], extra: Partial<RunFact> = {}): RunFact {
  seq += 1;
  return {
    runId: `r${seq}`,
    jobName,
    status,
    slot: String(at.getTime()),
    startedAt: at,
    finishedAt: new Date(at.getTime() + 64_000),
    durationMs: 64_000,
    model: 'sonnet',
    tokensIn: 1200,
    tokensOut: 300,
    error: null,
    summary: null,
    ...extra,
  };
}

/** Every expected slot of JOBS with a run of the given status (per job, default succeeded). */
function night(status: (name: string) => RunFact['status'] | null = () => 'succeeded', extra: Partial<RunFact> = {}) {
  return JOBS.flatMap((j) =>
    slotsBetween(j.cron, TZ, since, until).flatMap((at) => {
      const s = status(j.name);
      return s ? [run(j.name, at, s, s === 'succeeded' ? {} : extra)] : [];
    }),
  );
}

const base: Facts = {
  jobs: JOBS,
  circuits: [],
  staging: { pendingByKind: { 'code-review': 3, 'blog-post': 1 }, pendingTotal: 4, decisionsSince: {} },
  drift: [],
  news: [],
  workers: { total: 1, alive: 1, ids: ['w1'] },
  signIns: { failed: 0, lastAt: null },
  grantsExpiring: [],
};
const gathered = (facts: Partial<Facts>): GatheredFacts => ({
  since,
  until,
  facts: { ...base, ...facts },
  failures: [],
});

/** A plan of test/briefing/nights.ts as the facts composeBriefing reads, over JOBS. */
function factsOf(plan: NightPlan): Partial<Facts> {
  if (plan.empty)
    return {
      jobs: JOBS.map((j) => ({ ...j, enabled: false })),
      runs: [],
      staging: { pendingByKind: {}, pendingTotal: 0, decisionsSince: {} },
    };
  const runs = JOBS.flatMap((j) =>
    slotsBetween(j.cron, TZ, since, until).flatMap((at) => {
      const o = plan.outcome({ name: j.name, needsModel: j.name !== 'news-feeds' });
      return o ? [run(j.name, at, o.status, { error: o.error ?? null, summary: o.summary ?? null })] : [];
    }),
  );
  const facts: Partial<Facts> = { runs };
  if (plan.noWorker) facts.workers = { total: 1, alive: 0, ids: ['w1'] };
  if (plan.breakers) {
    const { buddy, gateway } = plan.breakers;
    facts.jobs = JOBS.map((j) =>
      j.name === buddy.job ? { ...j, circuitState: 'open', circuitChangedAt: new Date('2026-12-03T22:00:00Z') } : j,
    );
    const open = (jobName: string, owner: CircuitFact['owner'], lastError: string): CircuitFact => ({
      jobName,
      state: 'open',
      consecutiveFailures: 3,
      openedAt: null,
      owner,
      lastError,
    });
    facts.circuits = [open(buddy.job, 'buddy', buddy.lastError), open(gateway.job, 'gateway', gateway.lastError)];
  }
  return facts;
}

type Expected = {
  headline: string;
  tone: string;
  section?: { title: string; first: { text: string; href: string } };
};

const EXPECTED: Record<string, Expected> = {
  'all good': {
    headline: 'All 26 expected runs succeeded; 4 items wait for review',
    tone: 'ok',
    section: {
      title: 'Frequent jobs',
      first: { text: 'News feeds: 24 of 24 runs succeeded', href: '/jobs#job-news-feeds' },
    },
  },
  'one failed': {
    headline: 'Needs you: 1 failed (code-analysis) · 25 of 26 expected runs succeeded',
    tone: 'bad',
    section: {
      title: 'Failed',
      first: {
        text: 'Deep code analysis: failed · Fri 4 Dec, 22:50 slot · 64 s · sonnet · 1,200 in / 300 out tokens — model timeout',
        href: '/jobs#job-code-analysis',
      },
    },
  },
  'skipped for no provider': {
    headline: 'Needs you: 2 skipped: no model provider configured · 24 of 26 expected runs succeeded',
    tone: 'bad',
    section: {
      title: 'Skipped',
      first: {
        text: 'Infrastructure health: skipped · Fri 4 Dec, 22:00 slot — no model provider configured',
        href: '/settings#providers',
      },
    },
  },
  'missed because no worker ran': {
    headline:
      'Needs you: 26 missed (news-feeds, infra-health, code-analysis); no worker alive · 0 of 26 expected runs succeeded',
    tone: 'bad',
    section: {
      title: 'Missed',
      first: {
        text: 'Infrastructure health: missed · Fri 4 Dec, 22:00 slot — no run recorded: no worker was running',
        href: '/today#workers',
      },
    },
  },
  'breaker open': {
    headline:
      'Needs you: 2 breakers not closed (code-analysis, gateway daily-digest) · 25 of 26 expected runs succeeded',
    tone: 'bad',
    section: {
      title: 'Breakers not closed',
      first: { text: 'code-analysis: stopped after 3 failures in a row — boom', href: '/jobs#job-code-analysis' },
    },
  },
  'empty night': {
    headline: 'No job was due between Fri 4 Dec, 05:30 and Sat 5 Dec, 05:30',
    tone: 'warn',
    section: {
      title: 'Job runs',
      first: { text: 'No job was due and none ran since Fri 4 Dec, 05:30.', href: '/jobs' },
    },
  },
};

const NIGHTS = NIGHT_PLANS.map((plan) => {
  const expected = EXPECTED[plan.kind];
  if (!expected) throw new Error(`no expectation for the night "${plan.kind}"`);
  return { kind: plan.kind, facts: factsOf(plan), ...expected };
});

describe('composeBriefing over each kind of night', () => {
  it.each(NIGHTS)('$kind', ({ kind, facts, headline, tone, section }) => {
    const b = composeBriefing(gathered(facts), TZ);
    expect(b.headline).toBe(headline);
    expect(b.tone).toBe(tone);
    // "succeeded" for everything is said only when it is literally true of every expected slot.
    expect(/^All .* succeeded/.test(b.headline)).toBe(kind === 'all good');
    if (section) expect(b.sections.find((s) => s.title === section.title)?.lines[0]).toEqual(section.first);
    // Every fact about a job, item or finding links to where the owner acts on it.
    const unlinked = b.sections
      .filter((s) => s.title !== 'Sources that could not be read')
      .flatMap((s) => s.lines)
      .filter((l) => !l.href && !/^(No decisions|Decided) since/.test(l.text));
    expect(unlinked).toEqual([]);
  });

  it('summarises a frequent job in one line, with what went wrong', () => {
    const runs = night((n) => (n === 'news-feeds' ? 'succeeded' : 'succeeded')).map((r, i) =>
      r.jobName === 'news-feeds' && i === 5 ? { ...r, status: 'failed' as const, error: 'feed 503' } : r,
    );
    const b = composeBriefing(gathered({ runs }), TZ);
    expect(b.sections.find((s) => s.title === 'Frequent jobs')?.lines).toEqual([
      { text: 'News feeds: 23 of 24 runs succeeded, 1 failed — last: feed 503', href: '/jobs#job-news-feeds' },
    ]);
    expect(b.headline).toBe('Needs you: 1 failed (news-feeds) · 25 of 26 expected runs succeeded');
    expect(b.sections.find((s) => s.title === 'Failed')).toBeUndefined();
  });

  it('a run still going or started by hand never makes the night "all succeeded"', () => {
    const runs = night().map((r) => (r.jobName === 'infra-health' ? { ...r, status: 'running' as const } : r));
    const b = composeBriefing(gathered({ runs }), TZ);
    expect(b.headline).toBe('25 of 26 expected runs succeeded, 1 still running; 4 items wait for review');
    expect(b.tone).toBe('warn');
  });

  it('names failed sign-ins, expiring grants and drift in the headline', () => {
    const b = composeBriefing(
      gathered({
        runs: night(),
        signIns: { failed: 4, lastAt: until },
        grantsExpiring: [{ id: 'g1', subject: 'agent coder', expiresAt: new Date(until.getTime() + 2 * 86_400_000) }],
        drift: [{ resource: 'redis', fieldPath: 'image', severity: 'high', declared: '7', actual: '6' }],
      }),
      TZ,
    );
    expect(b.headline).toBe(
      'Needs you: 4 failed sign-ins; 1 grant expiring within 7 days; 1 drift finding · 26 of 26 expected runs succeeded',
    );
    expect(b.sections.find((s) => s.title === 'Access')?.lines).toEqual([
      { text: '4 failed sign-ins during the night.', href: '/governance/audit' },
      { text: 'Grant for agent coder expires in 2 days.', href: '/governance' },
    ]);
  });

  it('says plainly which sources could not be read', () => {
    const b = composeBriefing(
      { since, until, facts: { staging: base.staging }, failures: [{ source: 'jobs', message: 'database is locked' }] },
      TZ,
    );
    expect(b.headline).toBe('Job runs between Fri 4 Dec, 05:30 and Sat 5 Dec, 05:30 could not be read');
    expect(b.sections[0]).toEqual({
      title: 'Sources that could not be read',
      tone: 'bad',
      lines: [{ text: 'jobs: database is locked' }],
    });
  });
});
