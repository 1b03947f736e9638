import { cn } from '../ui/cn';
import { showExactTime } from '../ui/format-date';
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
      // Each bar's date joins its tooltip on hover (showExactTime says why).
      onPointerOver={showExactTime}
    >
      {ordered.map((r) => (
        <span
          key={r.id}
          data-at={r.at}
          data-tip={`${WORD[r.status] ?? r.status}${r.error ? ` — ${r.error}` : r.summary ? ` — ${r.summary}` : ''}`}
          className={cn('h-full w-1.5 rounded-sm', COLOUR[r.status] ?? 'bg-muted')}
        />
      ))}
    </span>
  );
}
