'use client';

import { useState } from 'react';
import type { StatsSnapshot } from '@/lib/containers/stats-snapshot';
import { cn } from '../ui/cn';
import { bytes } from './format';
import { useEventStream } from './use-event-stream';

function Meter({
  label,
  value,
  detail,
  percent,
}: {
  label: string;
  value: string;
  detail: string;
  percent: number | null;
}) {
  const tone = percent === null ? 'bg-muted' : percent > 90 ? 'bg-bad' : percent > 70 ? 'bg-warn' : 'bg-ok';
  return (
    <div className="rounded-lg border border-border bg-bg p-3">
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-xs text-muted">{label}</span>
        <span className="font-mono text-sm">{value}</span>
      </div>
      <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-surface-2">
        <div
          className={cn('h-full rounded-full transition-all', tone)}
          style={{ width: `${Math.min(100, percent ?? 0)}%` }}
        />
      </div>
      <p className="mt-1.5 text-xs text-muted">{detail}</p>
    </div>
  );
}

/** Live CPU, memory against its limit and PIDs against its limit, streamed from the engine. */
export function StatsPanel({ name }: { name: string }) {
  const [stats, setStats] = useState<StatsSnapshot | null>(null);
  const ended = useEventStream(`/api/containers/${encodeURIComponent(name)}/stats?stream=1`, ['stats'], (_, data) =>
    setStats(data as StatsSnapshot),
  );
  return (
    <div className="mt-3" data-testid="stats-panel">
      {stats ? (
        <div className="grid gap-3 sm:grid-cols-3">
          <Meter
            label="CPU"
            value={`${stats.cpuPercent.toFixed(1)}%`}
            detail="of one host's CPUs"
            percent={stats.cpuPercent}
          />
          <Meter
            label="Memory"
            value={bytes(stats.memoryBytes)}
            detail={
              stats.memoryLimitBytes
                ? `of ${bytes(stats.memoryLimitBytes)} limit (${stats.memoryPercent}%)`
                : 'no limit set'
            }
            percent={stats.memoryPercent}
          />
          <Meter
            label="Processes"
            value={String(stats.pids)}
            detail={stats.pidsLimit ? `of ${stats.pidsLimit} allowed` : 'no limit set'}
            percent={stats.pidsLimit ? (stats.pids / stats.pidsLimit) * 100 : null}
          />
        </div>
      ) : (
        <p className="text-xs text-muted">{ended ?? 'Measuring…'}</p>
      )}
      {stats && ended ? <p className="mt-2 text-xs text-muted">{ended}</p> : null}
    </div>
  );
}
