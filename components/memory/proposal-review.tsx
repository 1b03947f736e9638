'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { GitMerge, Plus, Replace } from 'lucide-react';
import { ApiClientError, apiFetch } from '../api-client';
import { stagingKeys } from '../staging/keys';
import { Button } from '../ui/button';
import { memoryKeys } from './keys';
import { useRelatedEntries } from './use-memory-queries';

type Resolution = { action: 'add' } | { action: 'merge' | 'replace'; entryId: string };

/**
 * A memory proposal under review: the entries it repeats or contradicts, each with the approval
 * that fits (merge into a duplicate, replace a contradicted entry's text), or add it as new.
 */
export function MemoryProposalReview({ itemId, content }: { itemId: string; content: string }) {
  const { data, isPending, error } = useRelatedEntries(content);
  const qc = useQueryClient();
  const approve = useMutation({
    mutationFn: (resolution: Resolution) =>
      apiFetch<{ status: string }>(`/api/staging/${encodeURIComponent(itemId)}/approve`, {
        method: 'POST',
        json: { resolution },
      }),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: stagingKeys.all() });
      qc.invalidateQueries({ queryKey: memoryKeys.all });
    },
  });
  const related = data?.related ?? [];
  const failure = approve.error instanceof ApiClientError ? approve.error : null;
  return (
    <section
      aria-labelledby="proposal-review"
      className="mt-4 rounded-lg border border-border bg-surface-2 p-3"
      data-testid="proposal-review"
    >
      <h3 id="proposal-review" className="text-sm font-semibold">
        {related.length ? 'Already in memory' : 'Memory check'}
      </h3>
      {isPending ? <p className="mt-1 text-xs text-muted">Comparing with memory…</p> : null}
      {error ? <p className="mt-1 text-xs text-bad">Could not compare: {error.message}</p> : null}
      {!isPending && !error && related.length === 0 ? (
        <p className="mt-1 text-xs text-muted">No entry says this already or says otherwise. Approve adds it.</p>
      ) : null}
      <ul className="mt-2 space-y-2">
        {related.map((r) => (
          <li key={r.entry.id} className="rounded-lg border border-border bg-surface p-2" data-testid="related-entry">
            <p className="text-xs font-medium">
              {r.kind === 'contradiction' ? (
                <span className="text-warn">
                  Contradicts
                  {r.disagreements.map((d) => ` (${d.kind} ${d.theirs.join(', ')} → ${d.mine.join(', ')})`).join('')}
                </span>
              ) : (
                <span className="text-accent">
                  Duplicates ({Math.round(r.similarity * 100)}% alike{r.method === 'embedding' ? ' by meaning' : ''})
                </span>
              )}
              {r.entry.pinned ? <span className="text-muted"> · pinned</span> : null}
            </p>
            <p className="mt-1 whitespace-pre-wrap break-words text-sm">{r.entry.content}</p>
            <div className="mt-2 flex flex-wrap justify-end gap-2">
              <Button
                variant={r.kind === 'duplicate' ? 'primary' : undefined}
                className="px-3 py-1.5 text-xs"
                disabled={approve.isPending}
                title="The entry keeps its text and gains this proposal's tags and source"
                onClick={() => approve.mutate({ action: 'merge', entryId: r.entry.id })}
              >
                <GitMerge className="size-3.5" aria-hidden /> Merge into this
              </Button>
              <Button
                variant={r.kind === 'contradiction' ? 'primary' : undefined}
                className="px-3 py-1.5 text-xs"
                disabled={approve.isPending}
                title="The entry keeps its id, pin and history and takes this proposal's text"
                onClick={() => approve.mutate({ action: 'replace', entryId: r.entry.id })}
              >
                <Replace className="size-3.5" aria-hidden /> Replace this
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {related.length ? (
        <div className="mt-2 flex justify-end">
          <Button
            variant="ghost"
            className="px-3 py-1.5 text-xs"
            disabled={approve.isPending}
            onClick={() => approve.mutate({ action: 'add' })}
          >
            <Plus className="size-3.5" aria-hidden /> Add as a new entry
          </Button>
        </div>
      ) : null}
      {failure ? (
        <p className="mt-2 text-xs text-bad" role="alert">
          {failure.message}{' '}
          {Object.entries(failure.fieldErrors)
            .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
            .join('; ')}
        </p>
      ) : null}
    </section>
  );
}
