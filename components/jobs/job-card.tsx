'use client';

import { memo, useState } from 'react';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { cn } from '../ui/cn';
import { RelativeTime } from '../ui/relative-time';
import { SpriteIcon } from '../ui/sprite-icon';
import { attentionOf, healthWords } from './job-attention';
import { JobSettingsForm } from './job-settings-form';
import { RunHistory } from './run-history';
import { ResultBars } from './result-bars';
import type { JobRow } from './types';
import { useJobAction } from './use-jobs';

/** Memoised: the page re-renders when the gateway's jobs arrive, the catalog's cards need not. */
export const JobCard = memo(function JobCard({ job }: { job: JobRow }) {
  const [open, setOpen] = useState(false);
  const action = useJobAction(job.id);
  const attention = attentionOf(job);
  const health = healthWords(job);
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
          className="flex min-w-0 flex-1 basis-56 items-start gap-2 text-left"
          aria-expanded={open}
        >
          <SpriteIcon name={open ? 'chevron-down' : 'chevron-right'} className="mt-0.5 size-4 text-muted" />
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
        <div className="w-36 text-xs text-muted">
          <span className="block">Next run</span>
          <span className="text-text">
            {job.nextRunAt ? <RelativeTime iso={job.nextRunAt} /> : job.enabled ? 'not until re-enabled' : 'paused'}
          </span>
        </div>
        <div className="min-w-0 text-xs">
          <span className="mb-0.5 block text-muted">Recent results</span>
          <ResultBars runs={job.recent} />
        </div>
        <div className="flex flex-wrap items-center gap-1.5 text-xs">
          <Badge tone={health.tone}>{health.text}</Badge>
          {job.model ? <Badge>{job.model}</Badge> : <Badge>no model</Badge>}
          {!job.enabled ? <Badge tone="warn">paused</Badge> : null}
        </div>
        <div className="flex flex-wrap gap-2">
          {job.circuitState !== 'closed' ? (
            <Button
              variant="primary"
              onClick={() => action.mutate({ kind: 'circuit', state: 'closed' })}
              disabled={action.isPending}
            >
              <SpriteIcon name="rotate-ccw" className="size-4" />
              Re-enable
            </Button>
          ) : null}
          {job.circuitState !== 'open' ? (
            <Button onClick={() => action.mutate({ kind: 'run' })} disabled={action.isPending}>
              <SpriteIcon name="zap" className="size-4" />
              {job.circuitState === 'half-open' ? 'Test run' : 'Run now'}
            </Button>
          ) : null}
          <Button
            variant="ghost"
            onClick={() => action.mutate({ kind: job.enabled ? 'pause' : 'resume' })}
            disabled={action.isPending}
          >
            <SpriteIcon name={job.enabled ? 'pause' : 'play'} className="size-4" />
            {job.enabled ? 'Pause' : 'Resume'}
          </Button>
        </div>
      </div>
      {attention ? (
        <p
          className={cn(
            'border-t border-border px-4 py-2 text-sm',
            job.circuitState === 'open' ? 'text-bad' : 'text-warn',
          )}
          data-testid="attention-reason"
        >
          {attention}
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
});
