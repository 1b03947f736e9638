'use client';

import { RelativeTime } from '../ui/relative-time';
import { RunStatusBadge } from './status-badges';
import { useRuns } from './use-jobs';

function duration(ms: number | null) {
  if (ms === null) return '';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The job's recent runs: status, session, model and tokens, what it staged, and its log. */
export function RunHistory({ jobId }: { jobId: string }) {
  const { data, isPending, error } = useRuns(jobId, true);
  if (isPending) return <p className="text-sm text-muted">Loading runs…</p>;
  if (error) return <p className="text-sm text-bad">Could not load runs: {error.message}</p>;
  if (!data.runs.length) return <p className="text-sm text-muted">No runs yet.</p>;
  return (
    <ol className="space-y-2" aria-label={`Runs of ${jobId}`}>
      {data.runs.map((run) => (
        <li
          key={run.id}
          className="rounded-lg border border-border bg-surface-2 p-3 text-sm"
          data-testid="run-row"
          data-status={run.status}
        >
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <RunStatusBadge status={run.status} />
            <span className="text-muted">{run.trigger}</span>
            {run.startedAt ? (
              <RelativeTime iso={run.startedAt} />
            ) : (
              <span className="text-muted">waiting for a worker</span>
            )}
            <span className="text-muted">{duration(run.durationMs)}</span>
            {run.model ? (
              <span className="font-mono text-xs text-muted">
                {run.provider ? `${run.provider} · ` : ''}
                {run.model}
              </span>
            ) : null}
            {run.tokensIn + run.tokensOut > 0 ? (
              <span className="text-xs text-muted">
                {run.tokensIn} in / {run.tokensOut} out tokens
              </span>
            ) : null}
            <span className="ml-auto font-mono text-xs text-muted" title="isolated session id">
              {run.sessionId.slice(0, 8)}
            </span>
          </div>
          {run.summary ? <p className="mt-2 whitespace-pre-line">{run.summary}</p> : null}
          {run.error ? <p className="mt-2 text-bad">{run.error}</p> : null}
          {run.staged.length ? (
            <ul className="mt-2 space-y-0.5">
              {run.staged.map((item) => (
                <li key={item.id}>
                  <a className="text-accent hover:underline" href={`/staging?item=${item.id}`}>
                    {item.kind}: {item.title}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {run.log.length ? (
            <details className="mt-2">
              <summary className="cursor-pointer text-xs text-muted">Log ({run.log.length} lines)</summary>
              <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded bg-bg p-2 font-mono text-xs">
                {run.log.map((l) => `${l.at.slice(11, 19)} ${l.level.padEnd(5)} ${l.message}`).join('\n')}
              </pre>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
