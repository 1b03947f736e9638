'use client';

import { Check, X } from 'lucide-react';
import dynamic from 'next/dynamic';
import { kindLabel } from '@/lib/staging/kind-labels';
import { MemoryProposalReview } from '../memory/proposal-review';
import { Badge, type Tone } from '../ui/badge';
import { Button } from '../ui/button';
import { RelativeTime } from '../ui/relative-time';
import { WhenOnScreen } from '../ui/when-on-screen';
import { approveBlockedReason } from './blocked-reason';
import { useItem } from './use-staging';

// The markdown renderer and the diff view (with its highlighter) are the page's largest code: they
// load when an item's body is first on screen, not with the page.
const loading = () => <p className="text-sm text-muted">Loading…</p>;
const SafeMarkdown = dynamic(() => import('./safe-markdown').then((m) => m.SafeMarkdown), { loading });
const ProposedFiles = dynamic(() => import('./proposed-files').then((m) => m.ProposedFiles), { loading });

export const STATUS_TONE: Record<string, Tone> = {
  pending: 'accent',
  approved: 'ok',
  promoted: 'ok',
  rejected: 'bad',
  conflict: 'warn',
  expired: 'neutral',
};

export function ItemDetail({
  id,
  onApprove,
  onReject,
}: {
  id: string | undefined;
  onApprove: () => void;
  onReject: () => void;
}) {
  const { data: item, error, isPending } = useItem(id);
  if (!id) return <p className="p-6 text-sm text-muted">Nothing selected. The queue is empty for these filters.</p>;
  if (error) return <p className="p-6 text-sm text-bad">Could not load the item: {error.message}</p>;
  if (isPending || !item) return <p className="p-6 text-sm text-muted">Loading…</p>;
  const blocked = approveBlockedReason(item);
  return (
    <article className="p-5" aria-labelledby="item-title" data-testid="item-detail">
      <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
        <Badge>{kindLabel(item.kind)}</Badge>
        <Badge tone={STATUS_TONE[item.status] ?? 'neutral'}>{item.status}</Badge>
        <span>
          from {item.sourceJob ?? item.createdBy} · <RelativeTime iso={item.createdAt} />
        </span>
      </div>
      <h2 id="item-title" className="mt-2 text-lg font-semibold break-words">
        {item.title}
      </h2>
      {item.summary ? <p className="mt-1 text-sm break-words text-muted">{item.summary}</p> : null}
      {item.decisionNote ? (
        <p className="mt-3 rounded-lg border border-border bg-surface-2 px-3 py-2 text-sm" data-testid="decision-note">
          <span className="font-medium">
            {item.status === 'rejected' ? 'Rejected' : item.status === 'conflict' ? 'Not promoted' : 'Note'}:
          </span>{' '}
          {item.decisionNote}
          {item.decidedBy ? <span className="text-muted"> — {item.decidedBy}</span> : null}
        </p>
      ) : null}
      {item.status === 'pending' || item.status === 'conflict' ? (
        <div className="mt-4 flex gap-2">
          {item.status === 'pending' ? (
            <Button
              variant="primary"
              onClick={onApprove}
              disabled={blocked !== null}
              aria-describedby={blocked ? 'approve-blocked' : undefined}
            >
              <Check className="size-4" aria-hidden /> Approve <kbd className="text-xs opacity-70">a</kbd>
            </Button>
          ) : null}
          <Button variant="danger" onClick={onReject}>
            <X className="size-4" aria-hidden /> Reject <kbd className="text-xs opacity-70">r</kbd>
          </Button>
        </div>
      ) : null}
      {item.status === 'pending' && blocked ? (
        <p id="approve-blocked" className="mt-2 text-sm text-warn" data-testid="approve-blocked">
          Approve is off: {blocked}
        </p>
      ) : null}
      {item.kind === 'memory-proposal' && item.status === 'pending' && typeof item.metadata?.content === 'string' ? (
        <MemoryProposalReview itemId={item.id} content={item.metadata.content} />
      ) : null}
      <div className="mt-5 border-t border-border pt-4">
        <WhenOnScreen>
          {item.body ? <SafeMarkdown source={item.body} /> : <p className="text-sm text-muted">No body.</p>}
          <ProposedFiles files={item.files} />
        </WhenOnScreen>
      </div>
    </article>
  );
}
