'use client';

import { AlertTriangle } from 'lucide-react';
import { useDebounced } from './use-debounced';
import { useRelatedEntries } from './use-memory-queries';

/**
 * Shown under the composer while typing: the entries the new text would repeat or contradict, so
 * the owner can edit one of those instead of adding another.
 */
export function RelatedWarning({ content }: { content: string }) {
  const text = useDebounced(content, 400);
  const { data } = useRelatedEntries(text);
  const related = content.trim().length >= 12 ? (data?.related ?? []) : [];
  if (related.length === 0) return null;
  return (
    <div
      role="status"
      className="mt-2 rounded-lg border border-warn/40 bg-warn/10 px-3 py-2 text-xs"
      data-testid="related-warning"
    >
      <p className="flex items-center gap-1.5 font-medium text-warn">
        <AlertTriangle className="size-3.5" aria-hidden />
        {related.some((r) => r.kind === 'contradiction')
          ? 'This may contradict what memory already says:'
          : 'Memory may already hold this:'}
      </p>
      <ul className="mt-1 space-y-1">
        {related.slice(0, 3).map((r) => (
          <li key={r.entry.id} className="text-text">
            <span className="font-medium">
              {r.kind === 'contradiction' ? 'Contradicts' : `${Math.round(r.similarity * 100)}% alike`}:
            </span>{' '}
            “{r.entry.content.length > 140 ? `${r.entry.content.slice(0, 137)}…` : r.entry.content}”
            {r.entry.pinned ? <span className="text-muted"> (pinned)</span> : null}
            {r.disagreements.map((d) => (
              <span key={d.kind} className="text-muted">
                {' '}
                — {d.kind} {d.theirs.join(', ')} there, {d.mine.join(', ')} here
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
