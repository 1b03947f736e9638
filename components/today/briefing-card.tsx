'use client';

import { ArrowRight, RefreshCw, Sunrise } from 'lucide-react';
import Link from 'next/link';
import type { BriefingLine, Tone } from '@/lib/briefing/compose-briefing';
import { Badge, StatusDot } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardHeader } from '../ui/card';
import { cn } from '../ui/cn';
import { formatDateTime } from '../ui/format-date';
import { RelativeTime } from '../ui/relative-time';
import { type BriefingView, useRebuildBriefing } from './use-briefings';

const HEADLINE_TONE: Record<Tone, string> = { bad: 'text-bad', warn: 'text-warn', ok: 'text-ok', neutral: 'text-text' };

function Line({ line }: { line: BriefingLine }) {
  if (!line.href) return <li className="break-words">{line.text}</li>;
  const external = /^https?:/.test(line.href);
  return (
    <li className="break-words">
      {external ? (
        <a href={line.href} rel="noreferrer" target="_blank" className="hover:underline">
          {line.text}
        </a>
      ) : (
        <Link href={line.href} className="hover:underline" data-testid="briefing-link">
          {line.text}
        </Link>
      )}
    </li>
  );
}

function Sections({ briefing }: { briefing: BriefingView }) {
  return (
    <div className="mt-4 grid gap-4 sm:grid-cols-2">
      {briefing.sections.map((s) => (
        <section key={s.title} aria-label={s.title} data-testid="briefing-section" className="min-w-0">
          <h3 className="mb-1 flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-muted">
            <StatusDot tone={s.tone} /> {s.title}
          </h3>
          <ul className="space-y-1 text-sm">
            {s.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are a fixed list that never reorders
              <Line key={i} line={line} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The model's summary, written from the facts below and only from them; or why there is none. */
function Prose({ prose }: { prose: BriefingView['prose'] }) {
  if (prose.text)
    return (
      <div className="mt-3 rounded-lg border border-border bg-surface-2 p-3 text-sm" data-testid="briefing-prose">
        <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">Summary by the model</p>
        <p>{prose.text}</p>
        <p className="mt-1 text-xs text-muted">Written only from the facts listed below; check them there.</p>
      </div>
    );
  return prose.note ? (
    <p className="mt-2 text-xs text-muted" data-testid="briefing-prose-note">
      {prose.note}
    </p>
  ) : null;
}

/** The briefing of the night: headline first (failures stated plainly), then each source's facts. */
export function BriefingCard({
  briefing,
  isLatest,
  pending,
}: {
  briefing: BriefingView | null;
  isLatest: boolean;
  pending: number;
}) {
  const rebuild = useRebuildBriefing();
  return (
    <Card className="md:col-span-2" aria-labelledby="briefing-headline">
      <CardHeader
        title={isLatest ? 'Briefing of the night' : 'Earlier briefing'}
        hint={
          briefing ? (
            <>
              Written <RelativeTime iso={briefing.createdAt} /> (
              {briefing.trigger === 'manual' ? 'rebuilt by hand' : 'scheduled'}).
            </>
          ) : (
            'Written at 05:30 from what actually ran.'
          )
        }
        action={
          <Button onClick={() => rebuild.mutate()} disabled={rebuild.isPending}>
            <RefreshCw className={cn('size-4', rebuild.isPending && 'animate-spin')} aria-hidden />
            {rebuild.isPending ? 'Rebuilding…' : 'Rebuild now'}
          </Button>
        }
      />
      {rebuild.error ? <p className="mb-3 text-sm text-bad">{rebuild.error.message}</p> : null}
      {briefing ? (
        <>
          <p
            id="briefing-headline"
            data-testid="briefing-headline"
            className={cn('text-lg font-semibold', HEADLINE_TONE[briefing.tone])}
          >
            {briefing.headline}
          </p>
          {briefing.since && briefing.until ? (
            <p className="mt-1 text-xs text-muted" data-testid="briefing-window">
              The night from {formatDateTime(briefing.since)} to {formatDateTime(briefing.until)}
            </p>
          ) : null}
          <Prose prose={briefing.prose} />
          <Sections briefing={briefing} />
        </>
      ) : (
        <div className="flex items-start gap-3 text-sm text-muted" data-testid="briefing-empty">
          <Sunrise className="mt-0.5 size-5 shrink-0 text-warn" aria-hidden />
          <p>No briefing yet. The 05:30 job writes one; “Rebuild now” writes one from what is known right now.</p>
        </div>
      )}
      <div className="mt-5 flex items-center gap-3 border-t border-border pt-4 text-sm">
        <Link
          href="/staging"
          className="inline-flex items-center gap-1.5 font-medium text-accent hover:underline"
          data-testid="queue-link"
        >
          Review the queue <ArrowRight className="size-4" aria-hidden />
        </Link>
        <Badge tone={pending > 0 ? 'warn' : 'ok'}>{pending} pending</Badge>
      </div>
    </Card>
  );
}
