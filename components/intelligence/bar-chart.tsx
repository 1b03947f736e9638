/** A horizontal bar chart: one row per label, values scaled to the largest. */
export type Bar = {
  key: string;
  label: string;
  value: number;
  display: string;
  secondary?: { value: number; display: string };
};

const pct = (v: number, max: number) => `${Math.max(0.5, (v / max) * 100)}%`;

/**
 * Plain HTML rows rather than SVG: the bars take whatever width the card has while the labels and
 * values keep their 12 px text and are never scrolled out of sight in a narrow column.
 */
export function BarChart({ title, bars, unit, testId }: { title: string; bars: Bar[]; unit: string; testId: string }) {
  if (bars.length === 0) return <p className="text-sm text-muted">Nothing to chart yet.</p>;
  const max = Math.max(1, ...bars.flatMap((b) => [b.value, b.secondary?.value ?? 0]));
  return (
    <figure data-testid={testId}>
      <ul aria-label={`${title} (${unit})`} className="space-y-1.5">
        {bars.map((b) => {
          const value = `${b.display}${b.secondary ? ` / ${b.secondary.display}` : ''}`;
          return (
            <li
              key={b.key}
              data-testid="chart-bar"
              title={`${b.label}: ${value} ${unit}`}
              className="grid grid-cols-[minmax(0,9rem)_minmax(0,1fr)_auto] items-center gap-2 text-xs"
            >
              <span className="truncate text-right text-muted">{b.label}</span>
              <span className="relative block h-4" aria-hidden>
                {b.secondary ? (
                  <span
                    className="absolute inset-y-0 left-0 rounded bg-accent/25"
                    style={{ width: pct(b.secondary.value, max) }}
                  />
                ) : null}
                <span
                  className="absolute inset-y-[3px] left-0 rounded bg-accent"
                  style={{ width: pct(b.value, max) }}
                />
              </span>
              <span className="whitespace-nowrap tabular-nums text-text">{value}</span>
            </li>
          );
        })}
      </ul>
      <figcaption className="mt-2 text-xs text-muted">{unit}</figcaption>
    </figure>
  );
}
