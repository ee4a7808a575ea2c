/**
 * Krippendorff's coincidence matrix (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability", section C). `units[u]` holds the values
 * the coders gave unit u, null where a coder gave none; which coder is which
 * does not matter, only which values share a unit.
 *
 * A unit with m ≥ 2 values adds, for every ordered pair of values from two
 * different coders, 1 / (m − 1) to the cell of that pair, so each value
 * contributes exactly 1 to its row. Units with fewer than two values are not
 * pairable and add nothing.
 *
 * `values` is sorted (numbers ascending, then strings in code-unit order) and
 * indexes `matrix` both ways; `totals[c]` is n_c, the row sum, which equals how
 * often value c occurs in pairable units (kept as an exact count rather than a
 * sum of fractions); `n` is n.., the number of pairable values.
 */
export function coincidenceMatrix<L extends string | number>(
  units: ReadonlyArray<ReadonlyArray<L | null>>,
): { values: L[]; matrix: number[][]; totals: number[]; n: number } {
  const pairable = units.map((unit) => unit.filter((value): value is L => value !== null)).filter((unit) => unit.length >= 2);
  const values = [...new Set(pairable.flat())].sort(compareValues);
  const index = new Map(values.map((value, i) => [value, i]));
  const matrix = values.map(() => values.map(() => 0));

  for (const unit of pairable) {
    const weight = 1 / (unit.length - 1);
    unit.forEach((c, i) => {
      unit.forEach((k, j) => {
        if (i !== j) matrix[index.get(c)!]![index.get(k)!]! += weight;
      });
    });
  }
  const totals = values.map(() => 0);
  for (const value of pairable.flat()) totals[index.get(value)!]!++;
  return { values, matrix, totals, n: pairable.reduce((sum, unit) => sum + unit.length, 0) };
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
