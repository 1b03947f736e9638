'use client';

import { RotateCcw } from 'lucide-react';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardHeader } from '../ui/card';
import { formatTime } from '../ui/format-date';
import { RelativeTime } from '../ui/relative-time';
import { type GatewayJobRow, isTripped, useGatewayJobs, useResetGatewayJob } from './use-gateway-jobs';

const HEADERS = ['Gateway job', 'Health', 'Last error', 'Changed', 'Tries again', ''];
// On a phone each row is a small card (cells stacked, each with its caption); a table from `sm` up.
const CELL = 'block px-2 py-1 text-xs sm:table-cell sm:py-2.5';
const Caption = ({ children }: { children: string }) => <span className="mr-1 text-muted sm:hidden">{children}:</span>;

/** The breaker in the same plain words as Buddy's own jobs. */
function GatewayHealth({ job }: { job: GatewayJobRow }) {
  if (job.state === 'open') return <Badge tone="bad">stopped after {job.consecutiveFailures} failures</Badge>;
  if (job.state === 'half-open') return <Badge tone="warn">test run allowed</Badge>;
  if (job.consecutiveFailures > 0)
    return (
      <Badge tone="warn">
        {job.consecutiveFailures} of {job.threshold} failures
      </Badge>
    );
  return <Badge tone="ok">healthy</Badge>;
}

/** When the gateway lets an open job try once again by itself; the owner need not wait for it. */
function CooldownEnd({ job }: { job: GatewayJobRow }) {
  if (job.state === 'half-open') return <span>on its next run</span>;
  if (job.state !== 'open') return <span className="text-muted">—</span>;
  if (!job.cooldownEndsAt) return <span className="text-muted">unknown (older plugin)</span>;
  return (
    <span data-testid="cooldown-ends">
      at {formatTime(job.cooldownEndsAt)} (<RelativeTime iso={job.cooldownEndsAt} />)
    </span>
  );
}

function GatewayJobLine({ job }: { job: GatewayJobRow }) {
  const reset = useResetGatewayJob(job.jobId);
  return (
    <tr
      id={`gateway-${job.jobId}`}
      data-list-item
      data-testid={`gateway-job-${job.jobId}`}
      data-circuit={job.state}
      className="block border-b border-border/60 py-2 align-top last:border-0 sm:table-row sm:py-0"
    >
      <td className={`${CELL} font-mono font-medium sm:font-normal`}>{job.jobId}</td>
      <td className={`${CELL} whitespace-nowrap`} title={`${job.consecutiveFailures}/${job.threshold}`}>
        <GatewayHealth job={job} />
      </td>
      <td className={`${CELL} break-words ${job.lastError ? 'text-bad' : 'text-muted'}`}>
        <Caption>Last error</Caption>
        {job.lastError ?? '—'}
        {reset.error ? (
          <span className="mt-1 block text-bad" role="alert">
            {reset.error.message}
          </span>
        ) : null}
      </td>
      <td className={`${CELL} text-muted sm:whitespace-nowrap`}>
        <Caption>Changed</Caption>
        <RelativeTime iso={job.changedAt} />
      </td>
      <td className={`${CELL} sm:whitespace-nowrap`}>
        <Caption>Tries again</Caption>
        <CooldownEnd job={job} />
      </td>
      <td className="block px-2 py-1.5 sm:table-cell sm:text-right">
        {isTripped(job) ? (
          <Button
            variant="primary"
            className="px-2.5 py-1 text-xs"
            onClick={() => reset.mutate()}
            disabled={reset.isPending}
            aria-label={`Re-enable ${job.jobId}`}
          >
            <RotateCcw className="size-3.5" aria-hidden />
            {reset.isPending ? 'Re-enabling…' : 'Re-enable'}
          </Button>
        ) : null}
      </td>
    </tr>
  );
}

/**
 * The OpenClaw gateway's own cron jobs, beside Buddy's: their breaker state as the gateway's
 * cron-circuit-breaker plugin last reported it. Re-enable asks that plugin to enable the job at once.
 */
export function GatewayJobs({ className = 'mt-8' }: { className?: string }) {
  const { data, error } = useGatewayJobs();
  return (
    <Card className={className} aria-label="Gateway jobs">
      <CardHeader
        title="Gateway jobs"
        hint="Cron jobs of the OpenClaw gateway, as its circuit-breaker plugin reports them. A stopped job stays disabled until its cooldown ends (then it gets one test run) or until you re-enable it."
      />
      {error ? <p className="text-sm text-bad">Could not load gateway jobs: {error.message}</p> : null}
      {data && data.jobs.length === 0 ? (
        <p className="text-sm text-muted">
          No gateway job has reported yet. The plugin reports a job the first time its breaker changes state.
        </p>
      ) : null}
      {data && data.jobs.length > 0 ? (
        <div className="sm:overflow-x-auto">
          <table className="block w-full text-left text-sm sm:table" aria-label="Gateway jobs">
            <thead className="hidden text-xs text-muted sm:table-header-group">
              <tr>
                {HEADERS.map((h, i) => (
                  <th key={h || i} className="border-b border-border px-2 py-2 font-medium">
                    {h || <span className="sr-only">Action</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="block sm:table-row-group">
              {data.jobs.map((job) => (
                <GatewayJobLine key={job.jobId} job={job} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  );
}
