'use client';

import Link from 'next/link';
import { Card, CardHeader } from '../ui/card';
import { useDigests, useModels, usePredictions } from './use-intelligence';

export function IntelligenceOverview() {
  const models = useModels();
  const predictions = usePredictions();
  const digests = useDigests();
  const latest = digests.data?.latest;
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-3">
      <Card>
        <CardHeader title="Models" hint="Prometheus: prices, limits, deprecations." />
        <p className="text-2xl font-semibold">{models.data?.models.length ?? '…'}</p>
        <p className="text-sm text-muted">models tracked</p>
        <Link href="/intelligence/models" className="mt-3 inline-block text-sm text-accent">
          Open models →
        </Link>
      </Card>
      <Card>
        <CardHeader title="Predictions" hint="Cassandra: forecasts and their scores." />
        <p className="text-2xl font-semibold">{predictions.data?.overdue ?? '…'}</p>
        <p className="text-sm text-muted">past their deadline, waiting for resolution</p>
        <Link href="/intelligence/predictions" className="mt-3 inline-block text-sm text-accent">
          Open predictions →
        </Link>
      </Card>
      <Card>
        <CardHeader title="News" hint="AI Sentinel: feeds and the daily digest." />
        <p className="text-sm">
          {latest
            ? latest.state === 'fresh'
              ? `Digest for ${latest.day}: ${latest.headlines?.length ?? 0} headlines`
              : latest.message
            : '…'}
        </p>
        <Link href="/intelligence/news" className="mt-3 inline-block text-sm text-accent">
          Open news →
        </Link>
      </Card>
    </div>
  );
}
