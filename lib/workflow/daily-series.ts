// Turns sparse (day, count) rows into one value per UTC day over the last
// `days` days ending with `today`, zeros included, oldest first, so a chart
// shows quiet days as gaps rather than skipping them.
export function dailySeries(
  rows: readonly { day: string; count: number }[],
  options: { days: number; today: Date },
): { day: string; count: number }[] {
  const byDay = new Map<string, number>();
  for (const row of rows) byDay.set(row.day, (byDay.get(row.day) ?? 0) + row.count);
  const end = Date.UTC(options.today.getUTCFullYear(), options.today.getUTCMonth(), options.today.getUTCDate());
  const series: { day: string; count: number }[] = [];
  for (let i = options.days - 1; i >= 0; i--) {
    const day = new Date(end - i * 86_400_000).toISOString().slice(0, 10);
    series.push({ day, count: byDay.get(day) ?? 0 });
  }
  return series;
}
