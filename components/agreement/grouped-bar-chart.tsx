import { formatScore } from "./format-score";

export type ChartSeries = {
  name: string;
  /** A Tailwind fill class, e.g. "fill-primary"; also used for the legend swatch. */
  fillClass: string;
  values: Array<number | null>;
};

type Props = {
  title: string;
  /** One line saying what the bars mean (read by screen readers with the data). */
  description: string;
  categories: string[];
  series: ChartSeries[];
  /** Lower end of the scale: 0 for F1, −1 for kappa and alpha. */
  min?: 0 | -1;
};

const ROW = 20;
const GAP = 12;
// Each group's name sits on its own line above its bars, so long names
// ("Ana Annotator · Tomás Annotator") never need truncating.
const HEADING = 20;
const LABEL = 8;
const PLOT = 420;
const VALUE = 48;

// Horizontal grouped bars drawn as plain SVG: one group per category, one bar
// per series, a zero line when the scale goes negative. The SVG is an image
// whose accessible name lists every value, and missing values are drawn as
// "—" rather than as a zero-length bar, so "not measurable" never reads as 0.
export function GroupedBarChart({ title, description, categories, series, min = 0 }: Props) {
  const groupHeight = HEADING + series.length * ROW + GAP;
  const height = categories.length * groupHeight + 28;
  const x = (value: number) => LABEL + ((value - min) / (1 - min)) * PLOT;
  const summary = categories
    .map((category, c) => `${category}: ${series.map((s) => `${s.name} ${formatScore(s.values[c])}`).join(", ")}`)
    .join("; ");
  const ticks = min === 0 ? [0, 0.5, 1] : [-1, 0, 1];

  return (
    <figure className="flex flex-col gap-2" data-testid="agreement-chart">
      <figcaption className="flex flex-col gap-0.5">
        <span className="text-sm font-medium">{title}</span>
        <span className="text-xs text-muted-foreground">{description}</span>
      </figcaption>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name} className="flex items-center gap-1.5">
            <svg width="10" height="10" className={s.fillClass}><rect width="10" height="10" rx="2" /></svg>
            {s.name}
          </li>
        ))}
      </ul>
      <svg role="img" aria-label={`${title}. ${summary}`} viewBox={`0 0 ${LABEL + PLOT + VALUE} ${height}`} className="w-full max-w-2xl text-xs">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={HEADING} y2={height - 20} className="stroke-border" strokeDasharray={tick === 0 ? undefined : "3 3"} />
            <text x={x(tick)} y={height - 6} textAnchor="middle" className="fill-muted-foreground">{tick}</text>
          </g>
        ))}
        {categories.map((category, c) => {
          const top = c * groupHeight;
          return (
            <g key={category}>
              <text x={LABEL} y={top + 14} className="fill-foreground font-medium">{category}</text>
              {series.map((s, i) => {
                const value = s.values[c] ?? null;
                const y = top + HEADING + i * ROW + 3;
                const from = x(Math.max(min, Math.min(0, value ?? 0)));
                const to = value === null ? from : x(value);
                return (
                  <g key={s.name}>
                    {value !== null ? <rect x={Math.min(from, to)} y={y} width={Math.max(1, Math.abs(to - from))} height={ROW - 6} rx={2} className={s.fillClass} /> : null}
                    <text x={LABEL + PLOT + 6} y={y + ROW / 2 + 1} className="fill-muted-foreground tabular-nums">{formatScore(value)}</text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
