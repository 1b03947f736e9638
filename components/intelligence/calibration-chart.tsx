import type { Bin } from './types';

/**
 * Ten forecast bins: the dot is how often those predictions came true, the bar its 95% Wilson
 * interval, the diagonal perfect calibration. Empty bins are left out, counts are labelled.
 */
export function CalibrationChart({ bins }: { bins: Bin[] }) {
  // Margins hold the axis labels ("100%" at both ends) and an "n=…" label above a dot at 100%.
  const [left, top, right, bottom] = [42, 20, 22, 28];
  const plot = 256;
  const width = left + plot + right;
  const height = top + plot + bottom;
  const x = (p: number) => left + p * plot;
  const y = (p: number) => top + (1 - p) * plot;
  return (
    <figure data-testid="calibration-chart" className="overflow-x-auto">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label="Calibration: forecast probability against observed frequency"
        className="mx-auto w-full max-w-sm"
        style={{ minWidth: width }}
      >
        <rect x={left} y={top} width={plot} height={plot} className="fill-surface-2" />
        {[0, 0.5, 1].map((t) => (
          <g key={t}>
            <text x={x(t)} y={height - 8} textAnchor="middle" className="fill-muted text-[12px]">{`${t * 100}%`}</text>
            <text x={left - 6} y={y(t) + 4} textAnchor="end" className="fill-muted text-[12px]">{`${t * 100}%`}</text>
          </g>
        ))}
        <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} className="stroke-muted" strokeDasharray="4 3" />
        {bins.map((b) =>
          b.count && b.observed !== null && b.meanForecast !== null ? (
            <g key={b.from} data-testid="calibration-bin">
              <title>{`${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%: ${b.yes} of ${b.count} came true`}</title>
              {b.interval ? (
                <line
                  x1={x(b.meanForecast)}
                  x2={x(b.meanForecast)}
                  y1={y(b.interval.low)}
                  y2={y(b.interval.high)}
                  className="stroke-accent/50"
                  strokeWidth={4}
                />
              ) : null}
              <circle cx={x(b.meanForecast)} cy={y(b.observed)} r={4} className="fill-accent" />
              <text
                x={x(b.meanForecast) + 6}
                y={y(b.observed) - 6}
                className="fill-text text-[12px]"
              >{`n=${b.count}`}</text>
            </g>
          ) : null,
        )}
      </svg>
      <figcaption className="text-center text-xs text-muted">
        Forecast (x) against how often it happened (y); bars are 95% Wilson intervals.
      </figcaption>
    </figure>
  );
}
