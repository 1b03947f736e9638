import type { JobFact, RunFact } from './facts';
import { slotsBetween } from './night-window';

/** What became of one expected slot (or one unscheduled run) of the night. */
export type Outcome = 'succeeded' | 'failed' | 'timed-out' | 'skipped' | 'missed' | 'held' | 'running';

export type LedgerEntry = {
  jobName: string;
  // The scheduled time, or when an unscheduled (manual) run started.
  at: Date | null;
  outcome: Outcome;
  // Why: the skip reason, the error, or why no run exists.
  reason: string | null;
  run: RunFact | null;
  scheduled: boolean;
};

/** A job due more often than this in one night is summarised in one line (the hourly feeds). */
export const FREQUENT_AFTER = 6;

const BY_STATUS: Record<RunFact['status'], Outcome> = {
  succeeded: 'succeeded',
  failed: 'failed',
  'timed-out': 'timed-out',
  skipped: 'skipped',
  queued: 'running',
  running: 'running',
};

function fromRun(run: RunFact, at: Date | null, scheduled: boolean): LedgerEntry {
  const outcome = BY_STATUS[run.status];
  const reason = outcome === 'skipped' ? (run.summary ?? 'no reason recorded') : run.error;
  return { jobName: run.jobName, at, outcome, reason, run, scheduled };
}

/**
 * Pure: every slot the catalog expected in the window, matched with the run that claimed it. A slot
 * without a run is "missed" (or "held" when the job's breaker was open and stopped its schedule), so
 * a job that never ran is as visible as one that failed. Manual runs of the night follow.
 */
export function nightLedger(
  jobs: JobFact[],
  runs: RunFact[],
  window: { since: Date; until: Date },
  timeZone: string,
  noWorkerAlive: boolean,
): { entries: LedgerEntry[]; expectedByJob: Map<string, number> } {
  const bySlot = new Map(runs.map((r) => [`${r.jobName}|${r.slot}`, r]));
  const used = new Set<string>();
  const entries: LedgerEntry[] = [];
  const expectedByJob = new Map<string, number>();
  for (const job of jobs) {
    if (!job.enabled) continue;
    const slots = slotsBetween(job.cron, timeZone, window.since, window.until).filter((s) => s >= job.knownSince);
    expectedByJob.set(job.name, slots.length);
    for (const at of slots) {
      const run = bySlot.get(`${job.name}|${at.getTime()}`);
      if (run) {
        used.add(run.runId);
        entries.push(fromRun(run, at, true));
        continue;
      }
      const held = job.circuitState === 'open' && (job.circuitChangedAt === null || job.circuitChangedAt <= at);
      entries.push({
        jobName: job.name,
        at,
        outcome: held ? 'held' : 'missed',
        reason: held
          ? 'not run: its breaker is open'
          : noWorkerAlive
            ? 'no run recorded: no worker was running'
            : 'no run recorded for this slot',
        run: null,
        scheduled: true,
      });
    }
  }
  const inWindow = (d: Date | null) => d !== null && d >= window.since && d < window.until;
  for (const run of runs) {
    if (used.has(run.runId) || !inWindow(run.startedAt)) continue;
    entries.push(fromRun(run, run.startedAt, false));
  }
  entries.sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
  return { entries, expectedByJob };
}
