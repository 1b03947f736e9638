/**
 * The kinds of night the briefing must tell truthfully, as plans: what became of each expected slot
 * of each job, and what else was going on. One source for the table-driven test of composeBriefing
 * (lib/briefing/compose-briefing.test.ts, which turns a plan into facts) and for the screenshots of
 * Today (scripts/screenshot-nights.ts, which writes a plan into a running app's database).
 */
import type { RunFact } from '../../lib/briefing/facts';

export type SlotOutcome = { status: RunFact['status']; error?: string; summary?: string } | null;
export type NightJob = { name: string; needsModel: boolean };

export type NightPlan = {
  /** The test's case name ("one failed"). */
  kind: string;
  /** File-name form ("one-failed"). */
  slug: string;
  /** What became of each expected slot of a job; null = no run was recorded. */
  outcome: (job: NightJob) => SlotOutcome;
  /** No worker alive at briefing time (the runs are missing because nothing ran them). */
  noWorker?: boolean;
  /** Buddy's own job whose breaker is open, and the gateway cron job whose breaker is open. */
  breakers?: { buddy: { job: string; lastError: string }; gateway: { job: string; lastError: string } };
  /** Every job disabled and nothing pending: nothing was due. */
  empty?: boolean;
};

/** The job that fails or trips in the plans below: the nightly deep code analysis. */
export const TROUBLED_JOB = 'code-analysis';
const ok: SlotOutcome = { status: 'succeeded' };

export const NIGHT_PLANS: NightPlan[] = [
  { kind: 'all good', slug: 'all-good', outcome: () => ok },
  {
    kind: 'one failed',
    slug: 'one-failed',
    outcome: (j) => (j.name === TROUBLED_JOB ? { status: 'failed', error: 'model timeout' } : ok),
  },
  {
    kind: 'skipped for no provider',
    slug: 'skipped-no-provider',
    outcome: (j) => (j.needsModel ? { status: 'skipped', summary: 'no model provider configured' } : ok),
  },
  { kind: 'missed because no worker ran', slug: 'missed-no-worker', outcome: () => null, noWorker: true },
  {
    kind: 'breaker open',
    slug: 'breaker-open',
    outcome: (j) => (j.name === TROUBLED_JOB ? null : ok),
    breakers: {
      buddy: { job: TROUBLED_JOB, lastError: 'boom' },
      gateway: { job: 'daily-digest', lastError: 'HTTP 500' },
    },
  },
  { kind: 'empty night', slug: 'empty', outcome: () => null, empty: true },
];
