'use client';

import { Card, CardHeader } from '../ui/card';
import { RelativeTime } from '../ui/relative-time';
import { CircuitBadge } from './status-badges';
import { type GatewayJobRow, useGatewayJobs } from './use-gateway-jobs';

const HEADERS = ['Gateway job', 'Breaker', 'Streak', 'Last error', 'Changed'];

function GatewayJobLine({ job }: { job: GatewayJobRow }) {
  return (
    <tr
      id={`gateway-${job.jobId}`}
      data-list-item
      data-testid={`gateway-job-${job.jobId}`}
      data-circuit={job.state}
      className="border-b border-border/60 align-top last:border-0"
    >
      <td className="px-2 py-2.5 font-mono text-xs">{job.jobId}</td>
      <td className="px-2 py-2.5">
        <CircuitBadge state={job.state} />
      </td>
      <td className="whitespace-nowrap px-2 py-2.5 text-xs text-muted" title="consecutive errors / threshold">
        {job.consecutiveFailures}/{job.threshold}
      </td>
      <td className={job.lastError ? 'px-2 py-2.5 text-xs text-bad' : 'px-2 py-2.5 text-xs text-muted'}>
        {job.lastError ?? '—'}
      </td>
      <td className="whitespace-nowrap px-2 py-2.5 text-xs text-muted">
        <RelativeTime iso={job.changedAt} />
      </td>
    </tr>
  );
}

/**
 * The OpenClaw gateway's own cron jobs, beside Buddy's: their breaker state as the gateway's
 * cron-circuit-breaker plugin last reported it. Buddy does not run these, so there are no buttons.
 */
export function GatewayJobs() {
  const { data, error } = useGatewayJobs();
  return (
    <Card className="mt-8" aria-label="Gateway jobs">
      <CardHeader
        title="Gateway jobs"
        hint="Cron jobs of the OpenClaw gateway, as its circuit-breaker plugin reports them. An open breaker means the gateway disabled the job until its cooldown ends."
      />
      {error ? <p className="text-sm text-bad">Could not load gateway jobs: {error.message}</p> : null}
      {data && data.jobs.length === 0 ? (
        <p className="text-sm text-muted">
          No gateway job has reported yet. The plugin reports a job the first time its breaker changes state.
        </p>
      ) : null}
      {data && data.jobs.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" aria-label="Gateway jobs">
            <thead className="text-xs text-muted">
              <tr>
                {HEADERS.map((h) => (
                  <th key={h} className="border-b border-border px-2 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
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
