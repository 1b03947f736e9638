'use client';

import { ChevronDown, ChevronRight, Pause, Play, RotateCcw, Zap } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { RelativeTime } from '../ui/relative-time';
import { JobSettingsForm } from './job-settings-form';
import { RunHistory } from './run-history';
import { CircuitBadge, RunStatusBadge } from './status-badges';
import type { JobRow } from './types';
import { useJobAction } from './use-jobs';

export function JobCard({ job }: { job: JobRow }) {
  const [open, setOpen] = useState(false);
  const action = useJobAction(job.id);
  const circuitOpen = job.circuitState === 'open';
  return (
    <li
      className="scroll-mt-20 rounded-xl border border-border bg-surface"
      id={`job-${job.id}`}
      data-list-item
      data-testid={`job-${job.id}`}
      data-circuit={job.circuitState}
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 p-4">
        <button
          type="button"
          onClick={() => setOpen(!open)}
          className="flex min-w-56 flex-1 items-start gap-2 text-left"
          aria-expanded={open}
        >
          {open ? (
            <ChevronDown className="mt-0.5 size-4 text-muted" aria-hidden />
          ) : (
            <ChevronRight className="mt-0.5 size-4 text-muted" aria-hidden />
          )}
          <span>
            <span className="block font-medium">{job.title}</span>
            <span className="block text-xs text-muted">
              {job.schedule}{' '}
              <code className="font-mono">
                ({job.cron}, {job.timezone})
              </code>
            </span>
          </span>
        </button>
        <div className="w-32 text-xs text-muted">
          <span className="block">Next run</span>
          <span className="text-text">
            {job.nextRunAt ? <RelativeTime iso={job.nextRunAt} /> : job.enabled ? 'stopped by circuit' : 'paused'}
          </span>
        </div>
        <div className="w-40 text-xs">
          <span className="block text-muted">Last run</span>
          {job.lastRun ? <RunStatusBadge status={job.lastRun.status} /> : <span className="text-muted">never</span>}
          {job.lastRun?.status === 'skipped' && job.lastRun.summary ? (
            <span className="block text-muted">{job.lastRun.summary}</span>
          ) : null}
        </div>
        <div className="flex w-44 flex-wrap items-center gap-1.5 text-xs">
          <CircuitBadge state={job.circuitState} />
          <span className="text-muted" title="consecutive failures / threshold">
            streak {job.failureStreak}/{job.failureThreshold}
          </span>
          {job.model ? <Badge>{job.model}</Badge> : <Badge>no model</Badge>}
          {!job.enabled ? <Badge tone="warn">paused</Badge> : null}
        </div>
        <div className="flex flex-wrap gap-2">
          {circuitOpen ? (
            <Button onClick={() => action.mutate({ kind: 'circuit', state: 'half-open' })} disabled={action.isPending}>
              <RotateCcw className="size-4" aria-hidden />
              Try once (half-open)
            </Button>
          ) : (
            <Button onClick={() => action.mutate({ kind: 'run' })} disabled={action.isPending}>
              <Zap className="size-4" aria-hidden />
              Run now
            </Button>
          )}
          <Button
            variant="ghost"
            onClick={() => action.mutate({ kind: job.enabled ? 'pause' : 'resume' })}
            disabled={action.isPending}
          >
            {job.enabled ? <Pause className="size-4" aria-hidden /> : <Play className="size-4" aria-hidden />}
            {job.enabled ? 'Pause' : 'Resume'}
          </Button>
        </div>
      </div>
      {circuitOpen && job.lastError ? (
        <p className="border-t border-border px-4 py-2 text-sm text-bad">
          Circuit open after {job.failureStreak} consecutive failures. Last error: {job.lastError}
        </p>
      ) : null}
      {action.error ? (
        <p className="border-t border-border px-4 py-2 text-sm text-bad">{action.error.message}</p>
      ) : null}
      {open ? (
        <div className="space-y-4 border-t border-border p-4">
          <p className="text-sm text-muted">
            {job.description} Outputs: {job.outputs.length ? job.outputs.join(', ') : 'a report'}. Catch-up after
            downtime: {job.catchUp}.
          </p>
          <JobSettingsForm job={job} />
          <RunHistory jobId={job.id} />
        </div>
      ) : null}
    </li>
  );
}
