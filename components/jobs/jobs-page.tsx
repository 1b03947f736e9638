'use client';

import { PageHeader } from '../ui/page-header';
import { GatewayJobs } from './gateway-jobs';
import { sortForAttention } from './job-attention';
import { JobCard } from './job-card';
import { isTripped, useGatewayJobs } from './use-gateway-jobs';
import { useJobs } from './use-jobs';

/** The Jobs page; its list comes seeded from the server (app/(dashboard)/jobs/page.tsx). */
export function JobsPage() {
  const { data, error, isPending } = useJobs();
  // A stopped gateway job needs the owner as much as a stopped Buddy job: its section moves to the top.
  const gatewayFirst = useGatewayJobs().data?.jobs.some(isTripped) ?? false;
  return (
    <div>
      <PageHeader
        title="Jobs"
        description="The nightly catalog. Every run is an isolated session; its outputs wait in staging for your approval."
      />
      {data && !data.provider ? (
        <p
          className="mb-4 rounded-lg border border-warn/40 bg-warn/10 px-4 py-3 text-sm text-warn"
          data-testid="no-provider"
        >
          No model provider configured: jobs that need a model end as skipped (not failed) until BUDDY_AI_PROVIDER is
          set.
        </p>
      ) : null}
      {data?.provider ? (
        <p className="mb-4 text-sm text-muted">
          Model provider: {data.provider}. Times in {data.timezone}.
        </p>
      ) : null}
      {error ? <p className="text-sm text-bad">Could not load jobs: {error.message}</p> : null}
      {isPending ? <p className="text-sm text-muted">Loading…</p> : null}
      {gatewayFirst ? <GatewayJobs className="mb-6" /> : null}
      <ul className="space-y-3">
        {sortForAttention(data?.jobs ?? []).map((job) => (
          <JobCard key={job.id} job={job} />
        ))}
      </ul>
      {gatewayFirst ? null : <GatewayJobs />}
    </div>
  );
}
