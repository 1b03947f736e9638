'use client';

import { ArrowRight, RefreshCw, Sunrise } from 'lucide-react';
import Link from 'next/link';
import type { Tone } from '@/lib/briefing/compose-briefing';
import { Badge, StatusDot } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardHeader } from '../ui/card';
import { cn } from '../ui/cn';
import { RelativeTime } from '../ui/relative-time';
import { type BriefingView, useRebuildBriefing } from './use-briefings';

const HEADLINE_TONE: Record<Tone, string> = { bad: 'text-bad', warn: 'text-warn', ok: 'text-ok', neutral: 'text-text' };

function Sections({ briefing }: { briefing: BriefingView }) {
  return (
    <div className="mt-4 grid gap-4 sm:grid-cols-2">
      {briefing.sections.map((s) => (
        <section key={s.title} aria-label={s.title} data-testid="briefing-section">
          <h3 className="mb-1 flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-muted">
            <StatusDot tone={s.tone} /> {s.title}
          </h3>
          <ul className="space-y-1 text-sm">
            {s.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
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
