'use client';

import type { ComponentHealth } from '@/lib/health/check-health';
import { Badge, type Tone } from '../ui/badge';
import { Card, CardHeader } from '../ui/card';
import { useHealth } from './use-health';

const LABELS = { database: 'Database', redis: 'Redis', docker: 'Docker engine' } as const;

function presentation(c: ComponentHealth): { tone: Tone; text: string } {
  if (c.status === 'ok') return { tone: 'ok', text: 'ok' };
  if (c.status === 'not-configured') return { tone: 'neutral', text: 'not configured' };
  return { tone: 'bad', text: c.reason };
}

export function HealthCard() {
  const { data, isPending } = useHealth();
  return (
    <Card>
      <CardHeader title="System" hint="The services Buddy needs to run the night." />
      {isPending || !data ? (
        <p className="text-sm text-muted">Checking…</p>
      ) : (
        <dl className="space-y-2.5">
          {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((key) => {
            const { tone, text } = presentation(data[key]);
            return (
              <div key={key} className="flex items-center justify-between gap-3 text-sm">
                <dt>{LABELS[key]}</dt>
                <dd>
                  <Badge tone={tone}>{text}</Badge>
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </Card>
  );
}
