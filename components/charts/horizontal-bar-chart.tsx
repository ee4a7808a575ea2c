import { ChartDataTable } from "./chart-data-table";

export type BarRow = {
  key: string;
  label: string;
  value: number;
  /** A Tailwind fill class for the bar, e.g. "fill-info"; defaults to the primary colour. */
  fillClassName?: string;
};

type Props = {
  /** Names the chart for assistive technology and captions its data table. */
  caption: string;
  /** Column heading of the value in the data table. */
  valueLabel: string;
  rows: readonly BarRow[];
};

const ROW = 28;
const LABEL_WIDTH = 150;
const WIDTH = 560;
const VALUE_GAP = 8;

/**
 * One horizontal bar per row, label left, value at the bar's end. Drawn in
 * SVG from theme colours, so it follows light and dark mode; the same
 * numbers are in a table for screen readers.
 */
export function HorizontalBarChart({ caption, valueLabel, rows }: Props) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const barSpace = WIDTH - LABEL_WIDTH - 48;
  const height = rows.length * ROW;
  return (
    <figure className="m-0" data-chart={caption}>
      {/* Natural size (text at 13px) up to the container's width, shrinking below it. */}
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} className="h-auto max-w-full" aria-hidden="true" focusable="false">
        {rows.map((row, i) => {
          const y = i * ROW;
          const width = row.value === 0 ? 0 : Math.max(2, (row.value / max) * barSpace);
          return (
            <g key={row.key}>
              <text x={LABEL_WIDTH - VALUE_GAP} y={y + ROW / 2} dominantBaseline="middle" textAnchor="end" className="fill-foreground text-[13px]">
                {truncate(row.label, 20)}
              </text>
              <rect x={LABEL_WIDTH} y={y + 5} width={barSpace} height={ROW - 10} rx={3} className="fill-muted" />
              <rect x={LABEL_WIDTH} y={y + 5} width={width} height={ROW - 10} rx={3} className={row.fillClassName ?? "fill-primary"} />
              <text x={LABEL_WIDTH + width + VALUE_GAP} y={y + ROW / 2} dominantBaseline="middle" className="fill-foreground text-[13px] tabular-nums">
                {row.value}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartDataTable caption={caption} columns={["", valueLabel]} rows={rows.map((r) => [r.label, r.value])} />
    </figure>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
