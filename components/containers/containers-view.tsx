'use client';

import { PlusCircle, ServerCrash } from 'lucide-react';
import { ApiClientError } from '../api-client';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { ComposeAuditCard } from './compose-audit-card';
import { ContainerCard } from './container-card';
import { useContainers, useCreateSandbox } from './use-containers';

function EngineProblem({ error }: { error: Error }) {
  const unavailable = error instanceof ApiClientError && error.status === 503;
  return (
    <Card role="alert" data-testid="engine-error" className="flex gap-4 border-bad/40">
      <ServerCrash className="size-6 shrink-0 text-bad" aria-hidden />
      <div>
        <h2 className="font-medium">
          {unavailable ? 'The Docker engine cannot be reached' : 'Containers could not be loaded'}
        </h2>
        <p className="mt-1 text-sm text-muted">{error.message}</p>
        <p className="mt-2 text-xs text-muted">
          The rest of Buddy keeps working; this page recovers by itself when the engine is back.
        </p>
      </div>
    </Card>
  );
}

export function ContainersView() {
  const { data, error, isPending } = useContainers();
  const create = useCreateSandbox();
  const containers = data?.containers ?? [];
  const findings = containers.reduce((n, c) => n + c.audit.failed.length, 0);
  const hasSandbox = containers.some((c) => c.component === 'sandbox');

  return (
    <div className="space-y-5">
      {error ? <EngineProblem error={error} /> : null}
      {isPending ? <p className="text-sm text-muted">Asking the Docker engine…</p> : null}
      {data ? (
        <p className="text-sm text-muted" data-testid="containers-summary">
          {containers.length} container{containers.length === 1 ? '' : 's'} ·{' '}
          {containers.filter((c) => c.state === 'running').length} running ·{' '}
          <span className={findings ? 'text-bad' : 'text-ok'}>
            {findings ? `${findings} hardening findings` : 'all hardened'}
          </span>
        </p>
      ) : null}
      {data && containers.length === 0 ? (
        <Card>
          <p className="text-sm">No Buddy containers on this engine yet.</p>
          <p className="mt-1 text-sm text-muted">
            Start the stack with <code className="font-mono text-text">docker compose up -d</code>; containers labelled{' '}
            <code className="font-mono text-text">buddy.component</code> appear here.
          </p>
        </Card>
      ) : null}
      {containers.map((c) => (
        <ContainerCard key={c.id} container={c} />
      ))}
      {data && !hasSandbox ? (
        <Card className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h2 className="text-sm font-semibold">Code sandbox</h2>
            <p className="mt-0.5 text-xs text-muted">
              Not running. Buddy can create it from its image with the hardened settings.
            </p>
            {create.error ? <p className="mt-1 text-xs text-bad">{create.error.message}</p> : null}
          </div>
          <Button onClick={() => create.mutate()} disabled={create.isPending}>
            <PlusCircle className="size-4" aria-hidden />
            {create.isPending ? 'Creating…' : 'Create sandbox'}
          </Button>
        </Card>
      ) : null}
      <ComposeAuditCard />
    </div>
  );
}
