/** A horizontal bar chart in plain SVG: one row per label, values scaled to the largest. */
export type Bar = {
  key: string;
  label: string;
  value: number;
  display: string;
  secondary?: { value: number; display: string };
};

export function BarChart({ title, bars, unit, testId }: { title: string; bars: Bar[]; unit: string; testId: string }) {
  const max = Math.max(1, ...bars.flatMap((b) => [b.value, b.secondary?.value ?? 0]));
  const row = 26;
  const labelW = 190;
  const width = 640;
  const plotW = width - labelW - 90;
  const height = Math.max(row, bars.length * row) + 8;
  if (bars.length === 0) return <p className="text-sm text-muted">Nothing to chart yet.</p>;
  return (
    <figure data-testid={testId}>
      {/* Never drawn narrower than its own size, so its 12 px labels stay 12 px: on a phone it scrolls inside. */}
      <div className="overflow-x-auto">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={`${title} (${unit})`}
          className="w-full"
          style={{ minWidth: width }}
        >
          {bars.map((b, i) => {
            const y = i * row + 4;
            const w = (b.value / max) * plotW;
            const w2 = b.secondary ? (b.secondary.value / max) * plotW : 0;
            return (
              <g key={b.key}>
                <title>{`${b.label}: ${b.display}${b.secondary ? ` / ${b.secondary.display}` : ''} ${unit}`}</title>
                <text x={labelW - 8} y={y + 14} textAnchor="end" className="fill-muted text-[12px]">
                  {b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}
                </text>
                {b.secondary ? (
                  <rect x={labelW} y={y + 2} width={Math.max(1, w2)} height={16} rx={3} className="fill-accent/25" />
                ) : null}
                <rect x={labelW} y={y + 5} width={Math.max(1, w)} height={10} rx={3} className="fill-accent" />
                <text x={labelW + Math.max(w, w2) + 6} y={y + 14} className="fill-text text-[12px]">
                  {b.display}
                  {b.secondary ? ` / ${b.secondary.display}` : ''}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-1 text-xs text-muted">{unit}</figcaption>
    </figure>
  );
}
