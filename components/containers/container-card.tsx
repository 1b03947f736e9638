'use client';

import { Play, RotateCw, ScrollText, ShieldCheck, Square, Gauge } from 'lucide-react';
import { useState } from 'react';
import type { ContainerSummary } from '@/lib/containers/summarize-container';
import { Badge, StatusDot, type Tone } from '../ui/badge';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { AuditTable } from './audit-table';
import { uptime } from './format';
import { LogsPanel } from './logs-panel';
import { StatsPanel } from './stats-panel';
import { type ContainerActionName, useContainerAction } from './use-containers';

function stateTone(c: ContainerSummary): Tone {
  if (c.state !== 'running') return c.state === 'created' ? 'neutral' : 'bad';
  if (c.health === 'unhealthy') return 'bad';
  if (c.health === 'starting') return 'warn';
  return 'ok';
}

type Panel = 'logs' | 'stats' | 'audit' | null;

export function ContainerCard({ container: c }: { container: ContainerSummary }) {
  const [panel, setPanel] = useState<Panel>(null);
  const action = useContainerAction();
  const running = c.state === 'running';
  const act = (name: ContainerActionName) => action.mutate({ name: c.name, action: name });
  const pending = action.isPending ? action.variables?.action : undefined;
  const toggle = (p: Panel) => setPanel((current) => (current === p ? null : p));
  const findings = c.audit.failed.length;

  return (
    <Card data-testid="container-card" data-name={c.name} aria-label={c.name}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="flex flex-wrap items-center gap-2 font-mono text-sm font-semibold">
            <StatusDot tone={stateTone(c)} />
            {c.name}
            <Badge tone="accent">{c.component}</Badge>
            {findings === 0 ? (
              <Badge tone="ok">hardened</Badge>
            ) : (
              <Badge tone="bad">
                {findings} hardening finding{findings === 1 ? '' : 's'}
              </Badge>
            )}
          </h2>
          <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted">
            <div>
              <dt className="inline">state </dt>
              <dd className="inline text-text" data-testid="container-state">
                {c.state}
                {c.health !== 'none' ? ` · ${c.health}` : ''}
              </dd>
            </div>
            <div>
              <dt className="inline">up </dt>
              <dd className="inline text-text" data-testid="container-uptime">
                {uptime(c.uptimeSeconds)}
              </dd>
            </div>
            <div>
              <dt className="inline">restarts </dt>
              <dd className="inline text-text">{c.restartCount}</dd>
            </div>
            <div className="min-w-0">
              <dt className="inline">image </dt>
              <dd className="inline break-all font-mono text-text">{c.image}</dd>
            </div>
            <div>
              <dt className="inline">ports </dt>
              <dd className="inline font-mono text-text">
                {c.ports.length
                  ? c.ports.map((p) => `${p.hostIp}:${p.hostPort}→${p.containerPort}`).join(', ')
                  : 'none published'}
              </dd>
            </div>
          </dl>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => act('start')} disabled={running || action.isPending} aria-label={`Start ${c.name}`}>
            <Play className="size-4" aria-hidden />
            {pending === 'start' ? 'Starting…' : 'Start'}
          </Button>
          <Button onClick={() => act('stop')} disabled={!running || action.isPending} aria-label={`Stop ${c.name}`}>
            <Square className="size-4" aria-hidden />
            {pending === 'stop' ? 'Stopping…' : 'Stop'}
          </Button>
          <Button onClick={() => act('restart')} disabled={action.isPending} aria-label={`Restart ${c.name}`}>
            <RotateCw className="size-4" aria-hidden />
            {pending === 'restart' ? 'Restarting…' : 'Restart'}
          </Button>
        </div>
      </div>
      {action.error ? (
        <p role="alert" className="mt-3 text-sm text-bad">
          {action.error.message}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-1 border-t border-border pt-3">
        <Button variant="ghost" onClick={() => toggle('logs')} aria-pressed={panel === 'logs'}>
          <ScrollText className="size-4" aria-hidden /> Logs
        </Button>
        <Button variant="ghost" onClick={() => toggle('stats')} aria-pressed={panel === 'stats'} disabled={!running}>
          <Gauge className="size-4" aria-hidden /> Live stats
        </Button>
        <Button variant="ghost" onClick={() => toggle('audit')} aria-pressed={panel === 'audit'}>
          <ShieldCheck className="size-4" aria-hidden /> Hardening ({c.audit.checks.length - findings}/
          {c.audit.checks.length})
        </Button>
      </div>
      {panel === 'logs' ? <LogsPanel name={c.name} /> : null}
      {panel === 'stats' && running ? <StatsPanel name={c.name} /> : null}
      {panel === 'audit' ? <AuditTable report={c.audit} /> : null}
    </Card>
  );
}
