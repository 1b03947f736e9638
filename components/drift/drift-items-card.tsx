'use client';

import { Badge, type Tone } from '../ui/badge';
import { Card, CardHeader } from '../ui/card';
import { RelativeTime } from '../ui/relative-time';
import { useCurrentDrift } from './use-drift';

export const SEVERITY_TONE: Record<string, Tone> = { high: 'bad', medium: 'warn', low: 'neutral' };
const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export function DriftItemsCard() {
  const { data, isPending, error } = useCurrentDrift();
  const groups = data?.groups ?? [];
  return (
    <Card aria-labelledby="drift-items">
      <CardHeader
        title="Current drift"
        hint="Where governance/architecture.md and the running environment disagree, by resource."
      />
      {error ? <p className="text-sm text-bad">Could not load drift: {error.message}</p> : null}
      {isPending ? <p className="text-sm text-muted">Loading…</p> : null}
      {!isPending && groups.length === 0 ? (
        <p className="text-sm text-muted" data-testid="no-drift">
          No open drift. {data?.latestCheck ? 'The last check matched the document.' : 'Run a check to compare.'}
        </p>
      ) : null}
      <div className="space-y-4">
        {groups.map((g) => (
          <div key={g.resource} data-testid="drift-group">
            <h3 className="mb-1.5 font-mono text-xs font-semibold text-accent">{g.resource}</h3>
            <ul className="divide-y divide-border rounded-lg border border-border">
              {g.items.map((i) => (
                <li
                  key={i.id}
                  data-list-item
                  data-testid="drift-item"
                  className={`space-y-1 px-3 py-2 text-sm ${i.ignored ? 'opacity-60' : ''}`}
                >
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="flex items-center gap-2">
                      <Badge tone={SEVERITY_TONE[i.severity] ?? 'neutral'}>{i.severity}</Badge>
                      <span className="font-mono text-xs">{i.fieldPath || '(resource)'}</span>
                      <span className="text-xs text-muted">{i.kind}</span>
                    </span>
                    <span className="flex items-center gap-2 text-xs text-muted">
                      {i.ignored ? <Badge>ignored</Badge> : null}
                      {i.report ? (
                        <Badge tone={i.report.status === 'rejected' ? 'bad' : 'accent'}>report {i.report.status}</Badge>
                      ) : (
                        <Badge tone="warn">not reported</Badge>
                      )}
                      <span>
                        since <RelativeTime iso={i.firstSeen} />
                      </span>
                    </span>
                  </div>
                  <p className="text-xs text-muted">
                    declared <code className="break-all font-mono text-text">{show(i.declared)}</code> · actual{' '}
                    <code className="break-all font-mono text-text">{show(i.actual)}</code>
                    {i.line ? <span> · line {i.line}</span> : null}
                    {i.message ? <span className="block">{i.message}</span> : null}
                  </p>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Card>
  );
}
