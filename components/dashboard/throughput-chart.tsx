import { ColumnChart } from "@/components/charts/column-chart";

const short = new Intl.DateTimeFormat("en", { day: "numeric", month: "short", timeZone: "UTC" });
const long = new Intl.DateTimeFormat("en", { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Annotations created per day (UTC), everyone together. */
export function ThroughputChart({ perDay }: { perDay: readonly { day: string; count: number }[] }) {
  return (
    <ColumnChart
      caption="Annotations created per day"
      valueLabel="Annotations"
      columns={perDay.map(({ day, count }) => {
        const date = new Date(`${day}T00:00:00Z`);
        return { key: day, label: short.format(date), fullLabel: long.format(date), value: count };
      })}
    />
  );
}
