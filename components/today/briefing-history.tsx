'use client';

import { StatusDot } from '../ui/badge';
import { Card, CardHeader } from '../ui/card';
import { cn } from '../ui/cn';
import { formatDateTime } from '../ui/format-date';
import type { BriefingList } from './use-briefings';

/** Past briefings, newest first; choosing one shows it in the briefing card. */
export function BriefingHistory({
  history,
  shownId,
  onShow,
}: {
  history: BriefingList['history'];
  shownId: string | null;
  onShow: (id: string) => void;
}) {
  return (
    <Card>
      <CardHeader title="Past briefings" hint="Each morning's headline." />
      {history.length === 0 ? <p className="text-sm text-muted">None yet.</p> : null}
      <ol className="space-y-1" data-testid="briefing-history">
        {history.map((b) => (
          <li key={b.id} data-list-item>
            <button
              type="button"
              onClick={() => onShow(b.id)}
              aria-current={b.id === shownId ? 'true' : undefined}
              className={cn(
                'flex w-full items-start gap-2 rounded-lg px-2 py-1.5 text-left text-sm hover:bg-surface-2',
                b.id === shownId && 'bg-surface-2',
              )}
            >
              <span className="mt-1.5">
                <StatusDot tone={b.tone} />
              </span>
              <span className="min-w-0">
                <span className="block truncate">{b.headline}</span>
                <span className="text-xs text-muted">
                  <time dateTime={b.createdAt}>{formatDateTime(b.createdAt)}</time>
                  {b.replaced ? ' · replaced by a rebuild' : b.trigger === 'manual' ? ' · rebuilt' : ''}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </Card>
  );
}
