import type { ReactNode } from 'react';
import { cn } from './cn';

export type Tone = 'neutral' | 'ok' | 'warn' | 'bad' | 'accent';

const TONES: Record<Tone, string> = {
  neutral: 'bg-surface-2 text-muted border-border',
  ok: 'bg-ok/10 text-ok border-ok/30',
  warn: 'bg-warn/10 text-warn border-warn/30',
  bad: 'bg-bad/10 text-bad border-bad/30',
  accent: 'bg-accent/10 text-accent border-accent/30',
};

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-medium',
        TONES[tone],
      )}
    >
      {children}
    </span>
  );
}

export function StatusDot({ tone }: { tone: Tone }) {
  const color = { neutral: 'bg-muted', ok: 'bg-ok', warn: 'bg-warn', bad: 'bg-bad', accent: 'bg-accent' }[tone];
  return <span aria-hidden className={cn('inline-block size-2 rounded-full', color)} />;
}
