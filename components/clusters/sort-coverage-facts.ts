import type { ClusterStance } from "@/lib/clusters/cluster-dto";
import type { CoverageFact } from "@/lib/clusters/coverage-matrix";

export type CoverageSort = "coverage" | "conflicts" | "first";

export type CoverageFilters = {
  stance: ClusterStance | "any";
  conflictsOnly: boolean;
  singleOnly: boolean;
  text: string;
};

export const NO_COVERAGE_FILTERS: CoverageFilters = { stance: "any", conflictsOnly: false, singleOnly: false, text: "" };

const memberCount = (fact: CoverageFact) => fact.cells.reduce((n, cell) => n + cell.members.length, 0);

// Rows the fact-checker wants first: most widely reported, or conflicts first
// (then by coverage), or in the order the facts first appeared (undated
// last). Ties fall back to the title so the order is stable.
export function sortCoverageFacts(facts: readonly CoverageFact[], sort: CoverageSort): CoverageFact[] {
  const byTitle = (a: CoverageFact, b: CoverageFact) => a.title.localeCompare(b.title);
  const byCoverage = (a: CoverageFact, b: CoverageFact) => b.outletCount - a.outletCount || memberCount(b) - memberCount(a) || byTitle(a, b);
  const compare: Record<CoverageSort, (a: CoverageFact, b: CoverageFact) => number> = {
    coverage: byCoverage,
    conflicts: (a, b) => Number(b.conflict) - Number(a.conflict) || byCoverage(a, b),
    first: (a, b) => {
      if (a.firstAppearance === b.firstAppearance) return byTitle(a, b);
      if (a.firstAppearance === null) return 1;
      if (b.firstAppearance === null) return -1;
      return a.firstAppearance < b.firstAppearance ? -1 : 1;
    },
  };
  return [...facts].sort(compare[sort]);
}

// Text matches the title, the statement or any member's words, case- and
// accent-insensitively.
export function filterCoverageFacts(facts: readonly CoverageFact[], filters: CoverageFilters): CoverageFact[] {
  const needle = fold(filters.text.trim());
  return facts.filter((fact) => {
    if (filters.conflictsOnly && !fact.conflict) return false;
    if (filters.singleOnly && !fact.singleOutlet) return false;
    if (filters.stance !== "any" && !fact.cells.some((c) => c.members.some((m) => m.stance === filters.stance))) return false;
    if (needle === "") return true;
    const haystack = [fact.title, fact.statement, ...fact.cells.flatMap((c) => c.members.map((m) => m.text))];
    return haystack.some((s) => fold(s).includes(needle));
  });
}

function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
