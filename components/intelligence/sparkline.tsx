/** A prediction's probability over time, 0..1 on a fixed scale so sparklines compare at a glance. */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const w = 96;
  const h = 24;
  const points = values.length === 1 ? [values[0] as number, values[0] as number] : values;
  const d = points.map((v, i) => `${(i / (points.length - 1)) * w},${h - v * h}`).join(' ');
  return (
    <svg
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      role="img"
      aria-label={label}
      data-testid="sparkline"
      className="shrink-0"
    >
      <line x1={0} x2={w} y1={h / 2} y2={h / 2} className="stroke-border" strokeDasharray="2 2" />
      <polyline points={d} fill="none" className="stroke-accent" strokeWidth={1.5} />
      <circle cx={w} cy={h - (points.at(-1) ?? 0) * h} r={2} className="fill-accent" />
    </svg>
  );
}
