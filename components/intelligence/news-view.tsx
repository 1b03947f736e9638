'use client';

import { useEffect, useState } from 'react';
import { Badge } from '../ui/badge';
import { Card, CardHeader } from '../ui/card';
import { BarChart } from './bar-chart';
import { FeedsPanel } from './feeds-panel';
import { RulesPanel } from './rules-panel';
import { StoryList } from './story-list';
import { useDigests, useStories } from './use-intelligence';

const HELP = [
  ['j / k', 'next / previous story'],
  ['o', 'open the first source'],
  ['m', 'mute (leaves the digest)'],
  ['s', 'save'],
  ['?', 'show or hide these keys'],
];

export function NewsView() {
  const stories = useStories();
  const digests = useDigests();
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !(e.target instanceof HTMLInputElement)) setHelp((h) => !h);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const latest = digests.data?.latest;
  const today = digests.data?.digests[0];
  return (
    <div className="space-y-6">
      <Card data-testid="digest">
        <CardHeader
          title="Daily digest"
          hint="Ranked stories, at most three per source, built before the morning briefing."
          action={
            latest ? (
              <Badge tone={latest.state === 'fresh' ? 'ok' : 'warn'}>
                {latest.state === 'fresh' ? `for ${latest.day}` : latest.state}
              </Badge>
            ) : null
          }
        />
        {latest && latest.state !== 'fresh' ? <p className="mb-2 text-sm text-warn">{latest.message}</p> : null}
        {today && today.entries.length === 0 ? (
          <p className="text-sm text-muted">No story arrived in the last 24 hours, so today's digest is empty.</p>
        ) : null}
        {today && today.entries.length > 0 ? (
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {today.entries.map((e) => (
              <li key={e.storyId}>
                {e.url ? (
                  <a href={e.url} target="_blank" rel="noopener noreferrer" className="hover:text-accent">
                    {e.title}
                  </a>
                ) : (
                  e.title
                )}
                <span className="text-xs text-muted"> · {e.sources.join(', ')}</span>
              </li>
            ))}
          </ol>
        ) : null}
      </Card>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[1fr_380px]">
        <Card>
          <CardHeader title="Stories" hint="Each story lists every source that carried it. Press ? for keys." />
          {help ? (
            <dl
              className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg bg-surface-2 p-3 text-sm"
              data-testid="keyboard-help"
            >
              {HELP.map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="font-mono">{k}</dt>
                  <dd className="text-muted">{v}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {stories.error ? <p className="text-sm text-bad">Could not load stories: {stories.error.message}</p> : null}
          <StoryList stories={stories.data?.stories ?? []} />
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader title="Items per source" hint="Last 30 days." />
            <BarChart
              testId="source-chart"
              title="Items per source"
              unit="items"
              bars={(stories.data?.perSource ?? [])
                .slice(0, 15)
                .map((s) => ({ key: s.feedId, label: s.source, value: s.items, display: String(s.items) }))}
            />
          </Card>
          <FeedsPanel />
          <RulesPanel />
        </div>
      </div>
    </div>
  );
}
