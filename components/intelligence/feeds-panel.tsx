'use client';

import { type FormEvent, useState } from 'react';
import { ApiClientError } from '../api-client';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardHeader } from '../ui/card';
import { Field } from '../ui/field';
import { post, useFeeds, useIntelligenceMutation } from './use-intelligence';

export function FeedsPanel() {
  const feeds = useFeeds();
  const [url, setUrl] = useState('');
  const add = useIntelligenceMutation((u: string) => post('/api/intelligence/feeds', { url: u }));
  const poll = useIntelligenceMutation((id: string) => post(`/api/intelligence/feeds/${id}/poll`, {}));
  const errors = add.error instanceof ApiClientError ? add.error.fieldErrors : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(url, { onSuccess: () => setUrl('') });
  };
  return (
    <Card>
      <CardHeader title="Sources" hint="RSS, Atom, RDF or JSON Feed. Each is fetched hourly unless it asks for less." />
      <form onSubmit={submit} className="mb-4 flex items-start gap-2" noValidate>
        <div className="flex-1">
          <Field
            id="feed-url"
            label="Feed URL"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            error={errors.url?.[0] ?? (add.error && !errors.url ? add.error.message : undefined)}
            placeholder="https://example.com/feed.xml"
          />
        </div>
        <Button type="submit" className="mt-6" disabled={add.isPending}>
          Add
        </Button>
      </form>
      <ul className="space-y-2 text-sm" data-testid="feed-list">
        {feeds.data?.feeds.map((f) => (
          <li key={f.id} className="rounded-lg border border-border p-2.5" data-testid="feed">
            <div className="flex items-center justify-between gap-2">
              <span className="truncate font-medium">{f.title ?? f.url}</span>
              <Badge
                tone={
                  f.disabledAt
                    ? 'bad'
                    : f.lastStatus === 'ok' || f.lastStatus === 'not-modified'
                      ? 'ok'
                      : f.lastStatus
                        ? 'warn'
                        : 'neutral'
                }
              >
                {f.disabledAt ? 'disabled' : (f.lastStatus ?? 'not fetched')}
              </Badge>
            </div>
            <div className="mt-1 flex items-center justify-between gap-2 text-xs text-muted">
              <span>
                {f.itemCount} items · every {Math.round(f.intervalSeconds / 60)} min
              </span>
              <Button
                variant="ghost"
                className="px-2 py-0.5 text-xs"
                onClick={() => poll.mutate(f.id)}
                disabled={poll.isPending}
              >
                Fetch now
              </Button>
            </div>
            {f.disabledReason || f.lastError ? (
              <p className="mt-1 text-xs text-bad">{f.disabledReason ?? f.lastError}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
