import { cn } from '../ui/cn';
import { formatDateTime } from '../ui/format-date';
import type { JobRow } from './types';

const COLOUR: Record<string, string> = {
  succeeded: 'bg-ok',
  failed: 'bg-bad',
  'timed-out': 'bg-bad',
  skipped: 'bg-warn',
  running: 'bg-accent',
  queued: 'bg-accent',
};
const WORD: Record<string, string> = { 'timed-out': 'timed out' };

/**
 * A bar's time joins its tooltip when the pointer first reaches it. Formatting twenty dates per job
 * while the page hydrated was the page's first use of Intl: ICU's data loading, 40-50 ms of the main
 * thread measured in Chromium.
 */
function addTimeToTooltip(e: React.PointerEvent<HTMLElement>) {
  const bar = e.target as HTMLElement;
  const at = bar.dataset.at;
  if (!at) return;
  bar.title = `${formatDateTime(at)}: ${bar.title}`;
  delete bar.dataset.at;
}

/** The last runs as coloured bars, oldest on the left (like an uptime monitor); each bar says what it was. */
export function ResultBars({ runs }: { runs: JobRow['recent'] }) {
  if (runs.length === 0) return <span className="text-xs text-muted">no runs yet</span>;
  const ordered = [...runs].reverse();
  const label = `Last ${runs.length} runs: ${ordered.map((r) => WORD[r.status] ?? r.status).join(', ')}`;
  return (
    <span
      className="flex h-6 items-end gap-0.5"
      role="img"
      aria-label={label}
      data-testid="result-bars"
      onPointerOver={addTimeToTooltip}
    >
      {ordered.map((r) => (
        <span
          key={r.id}
          data-at={r.at}
          title={`${WORD[r.status] ?? r.status}${r.error ? ` — ${r.error}` : r.summary ? ` — ${r.summary}` : ''}`}
          className={cn('h-full w-1.5 rounded-sm', COLOUR[r.status] ?? 'bg-muted')}
        />
      ))}
    </span>
  );
}
