'use client';

import { useMemo, useState } from 'react';
import { Badge } from '../ui/badge';
import { Card, CardHeader } from '../ui/card';
import { BarChart } from './bar-chart';
import { ChangeTimeline } from './change-timeline';
import { useChanges, useModels } from './use-intelligence';
import { formatDate } from '../ui/format-date';

const money = (d: string | null) => (d === null ? '—' : `$${d}`);

export function ModelsView() {
  const models = useModels();
  const changes = useChanges();
  const all = models.data?.models ?? [];
  const providers = useMemo(() => [...new Set(all.map((m) => m.provider))].sort(), [all]);
  const [chosen, setChosen] = useState<string | undefined>();
  const provider = chosen ?? (providers.includes('anthropic') ? 'anthropic' : providers[0]);
  const shown = all.filter((m) => m.provider === provider);
  const priced = shown
    .filter((m) => m.outputPerMTok !== null)
    .sort((a, b) => Number(b.outputPerMTok) - Number(a.outputPerMTok))
    .slice(0, 14);
  const withContext = shown
    .filter((m) => m.contextWindow)
    .sort((a, b) => (b.contextWindow ?? 0) - (a.contextWindow ?? 0))
    .slice(0, 14);
  const seed = models.data?.snapshots.find((s) => s.source === 'seed');
  if (models.error) return <p className="text-sm text-bad">Could not load models: {models.error.message}</p>;
  if (models.isPending) return <p className="text-sm text-muted">Loading models…</p>;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Sources"
          hint={`${all.length} models tracked across ${providers.length} providers.`}
          action={seed?.asOf ? <Badge tone="warn">Offline seed as of {seed.asOf.slice(0, 10)}</Badge> : null}
        />
        <ul className="flex flex-wrap gap-2 text-xs" data-testid="snapshot-list">
          {models.data?.snapshots.slice(0, 8).map((s) => (
            <li key={s.id} data-list-item>
              <Badge tone={s.status === 'ok' ? 'ok' : s.status === 'partial' ? 'warn' : 'bad'}>
                {s.source} · {s.status} · {s.modelCount} models · {formatDate(s.fetchedAt)}
              </Badge>
            </li>
          ))}
        </ul>
      </Card>
      <Card>
        <CardHeader
          title="Changes by provider"
          hint="Added, price, limits, capability, deprecation, removal and re-pointed ids."
        />
        {changes.error ? (
          <p className="text-sm text-bad">{changes.error.message}</p>
        ) : (
          <ChangeTimeline changes={changes.data?.changes ?? []} />
        )}
      </Card>
      <div className="flex items-center gap-2">
        <label htmlFor="provider" className="text-sm text-muted">
          Provider
        </label>
        <select
          id="provider"
          value={provider ?? ''}
          onChange={(e) => setChosen(e.target.value)}
          className="rounded-lg border border-border bg-surface-2 px-3 py-1.5 text-sm"
        >
          {providers.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Card>
          <CardHeader title="Price" hint="Input (bar) and output (shade) price, exact as published." />
          <BarChart
            testId="price-chart"
            title={`Prices of ${provider} models`}
            unit="USD per million tokens (input / output)"
            bars={priced.map((m) => ({
              key: m.id,
              label: m.name,
              value: Number(m.inputPerMTok ?? 0),
              display: money(m.inputPerMTok),
              secondary: { value: Number(m.outputPerMTok), display: money(m.outputPerMTok) },
            }))}
          />
        </Card>
        <Card>
          <CardHeader title="Context window" hint="Largest first." />
          <BarChart
            testId="context-chart"
            title={`Context windows of ${provider} models`}
            unit="tokens"
            bars={withContext.map((m) => ({
              key: m.id,
              label: m.name,
              value: m.contextWindow ?? 0,
              display: (m.contextWindow ?? 0).toLocaleString('en'),
            }))}
          />
        </Card>
      </div>
    </div>
  );
}
