'use client';

import { useState } from 'react';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { RelativeTime } from '../ui/relative-time';
import { GrantStatusChip } from './grant-status-chip';
import { type Grant, type IssuedGrant, useReauthorizeGrant, useRevokeGrant } from './use-grants';

export function GrantRow({ grant, onReissued }: { grant: Grant; onReissued: (issued: IssuedGrant) => void }) {
  const [mode, setMode] = useState<'idle' | 'revoke' | 'renew'>('idle');
  const [reason, setReason] = useState('');
  const [keep, setKeep] = useState<string[]>(grant.scopes);
  const revoke = useRevokeGrant();
  const renew = useReauthorizeGrant();
  const live = grant.status !== 'revoked';

  return (
    <li
      data-list-item
      data-testid={`grant-${grant.subject}`}
      className="rounded-lg border border-border bg-surface-2/40 p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="flex items-center gap-2 text-sm font-medium">
            <span className="text-muted">{grant.subjectKind}</span> {grant.subject}
            <GrantStatusChip status={grant.status} daysLeft={grant.daysLeft} />
          </p>
          <p className="mt-1 text-xs text-muted">
            expires <RelativeTime iso={grant.expiresAt} /> · used {grant.useCount}×{' '}
            {grant.lastUsedAt ? (
              <>
                · last <RelativeTime iso={grant.lastUsedAt} />
              </>
            ) : (
              '· never used'
            )}{' '}
            · token {grant.tokenHint}…{grant.renewedFromId ? ' · re-authorized' : ''}
          </p>
        </div>
        {live ? (
          <div className="flex gap-2">
            <Button onClick={() => setMode(mode === 'renew' ? 'idle' : 'renew')}>Re-authorize</Button>
            <Button variant="danger" onClick={() => setMode(mode === 'revoke' ? 'idle' : 'revoke')}>
              Revoke
            </Button>
          </div>
        ) : (
          <p className="text-xs text-muted">{grant.revokeReason}</p>
        )}
      </div>
      <div className="mt-2 flex flex-wrap gap-1.5">
        {grant.scopes.map((s) => (
          <Badge key={s} tone={grant.usedScopes.includes(s) ? 'accent' : 'neutral'}>
            {s}
          </Badge>
        ))}
        {grant.resources.map((r) => (
          <code key={r} className="rounded border border-border px-1.5 py-0.5 text-xs text-muted">
            {r}
          </code>
        ))}
      </div>
      {mode === 'revoke' ? (
        <form
          className="mt-3 flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            revoke.mutate({ id: grant.id, reason }, { onSuccess: () => setMode('idle') });
          }}
        >
          <input
            aria-label="Reason for revoking"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="Reason (required)"
            className="flex-1 rounded-lg border border-border bg-surface-2 px-3 py-2 text-sm"
          />
          <Button type="submit" variant="danger" disabled={revoke.isPending}>
            Confirm revoke
          </Button>
        </form>
      ) : null}
      {revoke.error ? <p className="mt-1 text-xs text-bad">{revoke.error.message}</p> : null}
      {mode === 'renew' ? (
        <div className="mt-3 rounded-lg border border-border p-3 text-sm">
          <p>A new 90-day grant replaces this one; the old token stops working.</p>
          {grant.unusedScopes.length ? (
            <p className="mt-1 text-warn">
              Never used: {grant.unusedScopes.join(', ')}. Untick what the new grant does not need.
            </p>
          ) : (
            <p className="mt-1 text-muted">Every scope was used.</p>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            {grant.scopes.map((s) => (
              <label key={s} className="inline-flex items-center gap-1.5 font-mono text-xs">
                <input
                  type="checkbox"
                  checked={keep.includes(s)}
                  onChange={(e) => setKeep(e.target.checked ? [...keep, s] : keep.filter((k) => k !== s))}
                />
                {s}
              </label>
            ))}
          </div>
          <Button
            className="mt-3"
            variant="primary"
            disabled={renew.isPending || keep.length === 0}
            onClick={() =>
              renew.mutate(
                { id: grant.id, scopes: keep },
                {
                  onSuccess: (issued) => {
                    setMode('idle');
                    onReissued(issued);
                  },
                },
              )
            }
          >
            Issue 90-day grant
          </Button>
          {renew.error ? <p className="mt-1 text-xs text-bad">{renew.error.message}</p> : null}
        </div>
      ) : null}
    </li>
  );
}
