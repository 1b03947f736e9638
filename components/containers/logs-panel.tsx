'use client';

import { useEffect, useRef, useState } from 'react';
import type { LogLine } from '@/lib/containers/log-demuxer';
import { cn } from '../ui/cn';
import { useEventStream } from './use-event-stream';

const KEEP = 500;

/** Follows one container's log live (server-sent events) and says why it stopped, if it does. */
export function LogsPanel({ name }: { name: string }) {
  const [lines, setLines] = useState<LogLine[]>([]);
  const box = useRef<HTMLPreElement>(null);
  const ended = useEventStream(
    `/api/containers/${encodeURIComponent(name)}/logs?follow=1&tail=200`,
    ['line'],
    (_, data) => setLines((old) => [...old.slice(-(KEEP - 1)), data as LogLine]),
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll whenever a line arrives
  useEffect(() => {
    box.current?.scrollTo({ top: box.current.scrollHeight });
  }, [lines.length]);
  return (
    <div className="mt-3" data-testid="logs-panel">
      <pre
        ref={box}
        className="max-h-72 overflow-auto rounded-lg border border-border bg-bg p-3 font-mono text-xs leading-5"
      >
        {lines.length === 0 && !ended ? <span className="text-muted">Waiting for log lines…</span> : null}
        {lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: log lines have no identity of their own
          <div key={i} className={cn('whitespace-pre-wrap break-all', line.stream === 'stderr' && 'text-warn')}>
            {line.time ? <span className="mr-2 text-muted">{line.time.slice(11, 19)}</span> : null}
            {line.text}
          </div>
        ))}
      </pre>
      {ended ? (
        <p role="status" className="mt-2 text-xs text-muted">
          {ended}
        </p>
      ) : null}
    </div>
  );
}
