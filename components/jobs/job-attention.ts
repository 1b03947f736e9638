import type { JobRow } from './types';

/** Why a job needs the owner, in plain words, or null when it is healthy. Sorted first on the page. */
export function attentionOf(job: JobRow): string | null {
  const failures = `${job.failureStreak} ${job.failureStreak === 1 ? 'failure' : 'failures'} in a row`;
  const error = job.lastError ? `: ${job.lastError}` : '';
  if (job.circuitState === 'open') return `Stopped after ${failures}${error}. It stays stopped until you re-enable it.`;
  if (job.circuitState === 'half-open') return `On trial: the next run decides whether it is re-enabled${error}.`;
  if (job.failureStreak > 0) return `${failures} (stops at ${job.failureThreshold})${error}.`;
  if (job.lastRun?.status === 'skipped') return `Last run skipped: ${job.lastRun.summary ?? 'no reason recorded'}.`;
  return null;
}

/** The circuit in plain words: "healthy", "stopped after 3 failures", "test run allowed". */
export function healthWords(job: JobRow): { text: string; tone: 'ok' | 'warn' | 'bad' } {
  if (job.circuitState === 'open') return { text: `stopped after ${job.failureStreak} failures`, tone: 'bad' };
  if (job.circuitState === 'half-open') return { text: 'test run allowed', tone: 'warn' };
  if (job.failureStreak > 0) return { text: `${job.failureStreak} of ${job.failureThreshold} failures`, tone: 'warn' };
  return { text: 'healthy', tone: 'ok' };
}

/** Attention first (stopped, on trial, failing, skipped), then the catalog order. */
export function sortForAttention(jobs: JobRow[]): JobRow[] {
  const rank = (j: JobRow) =>
    j.circuitState === 'open' ? 0 : j.circuitState === 'half-open' ? 1 : attentionOf(j) ? 2 : 3;
  return jobs
    .map((j, i) => ({ j, i }))
    .sort((a, b) => rank(a.j) - rank(b.j) || a.i - b.i)
    .map(({ j }) => j);
}
