'use client';

import { Activity } from 'lucide-react';
import { Badge, StatusDot } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardHeader } from '../ui/card';
import { RelativeTime } from '../ui/relative-time';
import { useRequestHeartbeat, useWorkers } from './use-workers';

function megabytes(bytes: number) {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

export function WorkersCard() {
  const { data, isPending, error } = useWorkers();
  const beat = useRequestHeartbeat();
  const workers = data?.workers ?? [];
  const alive = workers.filter((w) => w.alive).length;

  return (
    <Card aria-labelledby="workers-title" id="workers" className="scroll-mt-20">
      <CardHeader
        title="Workers"
        hint="Processes that run the scheduled jobs. Each one checks in every minute."
        action={
          <Button onClick={() => beat.mutate()} disabled={beat.isPending}>
            <Activity className="size-4" aria-hidden />
            {beat.isPending ? 'Asking…' : 'Check in now'}
          </Button>
        }
      />
      {error ? <p className="text-sm text-bad">Could not load workers: {error.message}</p> : null}
      {beat.error ? <p className="mb-3 text-sm text-bad">{beat.error.message}</p> : null}
      {isPending ? <p className="text-sm text-muted">Loading…</p> : null}
      {!isPending && workers.length === 0 ? (
        <p className="text-sm text-muted" data-testid="no-workers">
          No worker has checked in yet. Start one with <code className="font-mono text-text">npm run worker</code>.
        </p>
      ) : null}
      {workers.length > 0 ? (
        <>
          <p className="mb-3 text-sm" data-testid="workers-summary">
            <Badge tone={alive > 0 ? 'ok' : 'bad'}>
              {alive} of {workers.length} alive
            </Badge>
          </p>
          <ul className="divide-y divide-border">
            {workers.map((w) => (
              <li
                key={w.id}
                className="flex flex-wrap items-center justify-between gap-2 py-2.5 text-sm"
                data-testid="worker-row"
              >
                <span className="flex items-center gap-2 font-mono text-xs">
                  <StatusDot tone={w.alive ? 'ok' : 'bad'} />
                  {w.id}
                </span>
                <span className="text-xs text-muted">
                  last check-in <RelativeTime iso={w.lastBeat} /> · {w.beats} check-ins · {megabytes(w.rssBytes)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
