import { ChartDataTable } from "./chart-data-table";

type Props = {
  caption: string;
  valueLabel: string;
  /** In order, left to right; `label` is shown under every few columns, `fullLabel` in the data table. */
  columns: readonly { key: string; label: string; fullLabel: string; value: number }[];
};

const WIDTH = 880;
const HEIGHT = 180;
const AXIS = 22;
const TOP = 16;

/** Vertical columns over time (a day each), with a baseline and the peak value marked. */
export function ColumnChart({ caption, valueLabel, columns }: Props) {
  const max = Math.max(1, ...columns.map((c) => c.value));
  const slot = WIDTH / Math.max(1, columns.length);
  const plot = HEIGHT - AXIS - TOP;
  const labelEvery = Math.ceil(columns.length / 7);
  return (
    <figure className="m-0" data-chart={caption}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} className="h-auto max-w-full" aria-hidden="true" focusable="false">
        <line x1={0} x2={WIDTH} y1={TOP + plot} y2={TOP + plot} className="stroke-border" strokeWidth={1} />
        {columns.map((c, i) => {
          const h = c.value === 0 ? 0 : Math.max(2, (c.value / max) * plot);
          const x = i * slot + slot * 0.15;
          const showLabel = (columns.length - 1 - i) % labelEvery === 0;
          return (
            <g key={c.key}>
              <rect x={x} y={TOP + plot - h} width={slot * 0.7} height={h} rx={2} className="fill-primary" />
              {c.value > 0 ? (
                <text x={x + slot * 0.35} y={TOP + plot - h - 4} textAnchor="middle" className="fill-muted-foreground text-[11px] tabular-nums">
                  {c.value}
                </text>
              ) : null}
              {showLabel ? (
                <text x={x + slot * 0.35} y={HEIGHT - 6} textAnchor="middle" className="fill-muted-foreground text-[11px]">
                  {c.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ChartDataTable caption={caption} columns={["", valueLabel]} rows={columns.map((c) => [c.fullLabel, c.value])} />
    </figure>
  );
}
