'use client';

import { useState } from 'react';
import { Card, CardHeader } from '../ui/card';
import { CalibrationChart } from './calibration-chart';
import { PredictionForm } from './prediction-form';
import { PredictionRow } from './prediction-row';
import { usePredictions } from './use-intelligence';

const fmt = (v: number | null, digits = 3) => (v === null ? '—' : v.toFixed(digits));

export function PredictionsView() {
  const [tag, setTag] = useState('');
  const [windowDays, setWindowDays] = useState('');
  const { data, error, isPending } = usePredictions(tag || undefined, windowDays ? Number(windowDays) : undefined);
  const s = data?.scores;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title="New prediction" hint="Between 1% and 99%: certainty cannot be scored." />
        <PredictionForm />
      </Card>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[1fr_360px]">
        <Card>
          <CardHeader
            title="Predictions"
            hint={data ? `${data.overdue} past their deadline, shown first.` : undefined}
          />
          {error ? <p className="text-sm text-bad">Could not load predictions: {error.message}</p> : null}
          {isPending ? <p className="text-sm text-muted">Loading…</p> : null}
          {data && data.predictions.length === 0 ? (
            <p className="text-sm text-muted">No predictions yet. Make one above.</p>
          ) : null}
          <ul className="divide-y divide-border">
            {data?.predictions.map((p) => (
              <PredictionRow key={p.id} p={p} />
            ))}
          </ul>
        </Card>
        <Card>
          <CardHeader title="Calibration" hint="Resolved yes/no only; ambiguous and annulled are never scored." />
          <div className="mb-3 flex gap-2 text-sm">
            <select
              aria-label="Tag"
              value={tag}
              onChange={(e) => setTag(e.target.value)}
              className="flex-1 rounded-lg border border-border bg-surface-2 px-2 py-1.5"
            >
              <option value="">All tags</option>
              {data?.tags.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
            <select
              aria-label="Time window"
              value={windowDays}
              onChange={(e) => setWindowDays(e.target.value)}
              className="flex-1 rounded-lg border border-border bg-surface-2 px-2 py-1.5"
            >
              <option value="">All time</option>
              <option value="30">Last 30 days</option>
              <option value="90">Last 90 days</option>
              <option value="365">Last year</option>
            </select>
          </div>
          <dl className="mb-4 grid grid-cols-3 gap-2 text-center" data-testid="scores">
            <div className="rounded-lg bg-surface-2 p-2">
              <dt className="text-xs text-muted">Brier score (0 best, 1 worst)</dt>
              <dd className="font-mono text-lg">{fmt(s?.brier ?? null)}</dd>
            </div>
            <div className="rounded-lg bg-surface-2 p-2">
              <dt className="text-xs text-muted">Log score (mean ln p, 0 best)</dt>
              <dd className="font-mono text-lg">{fmt(s?.logScore ?? null)}</dd>
            </div>
            <div className="rounded-lg bg-surface-2 p-2">
              <dt className="text-xs text-muted">Brier skill vs always 50%</dt>
              <dd className="font-mono text-lg">{fmt(s?.brierSkill ?? null, 2)}</dd>
            </div>
          </dl>
          <p className="mb-2 text-xs text-muted">{s?.count ?? 0} scored predictions.</p>
          <CalibrationChart bins={data?.calibration ?? []} />
        </Card>
      </div>
    </div>
  );
}
