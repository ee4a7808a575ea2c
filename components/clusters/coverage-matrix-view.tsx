"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ClusterStance } from "@/lib/clusters/cluster-dto";
import type { CoverageMatrix } from "@/lib/clusters/coverage-matrix";
import { formatDate } from "@/lib/format/format-date";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { CoverageCell } from "./coverage-cell";
import { CoverageLegend } from "./coverage-legend";
import { moveInGrid, type GridPosition } from "./move-in-grid";
import { filterCoverageFacts, NO_COVERAGE_FILTERS, sortCoverageFacts, type CoverageFilters, type CoverageSort } from "./sort-coverage-facts";
import { STANCES, stanceLabels } from "./stance-labels";

type CoverageMatrixViewProps = {
  projectSlug: string;
  matrix: CoverageMatrix;
  statusNames: Record<string, string>;
};

// The picture a fact-checker wants first: which outlet reports which fact,
// in what stance, where they conflict, and what only one outlet says. A
// keyboard grid (one tab stop, arrows move, Enter opens the member in its
// article, or the cluster from a row header).
export function CoverageMatrixView({ projectSlug, matrix, statusNames }: CoverageMatrixViewProps) {
  const router = useRouter();
  const [sort, setSort] = useState<CoverageSort>("coverage");
  const [filters, setFilters] = useState<CoverageFilters>(NO_COVERAGE_FILTERS);
  const [at, setAt] = useState<GridPosition>({ row: 0, col: 0 });
  const gridRef = useRef<HTMLTableElement>(null);
  const facts = useMemo(() => sortCoverageFacts(filterCoverageFacts(matrix.facts, filters), sort), [matrix.facts, filters, sort]);
  const cols = matrix.articles.length + 1;
  const active = { row: Math.min(at.row, Math.max(0, facts.length - 1)), col: Math.min(at.col, cols - 1) };
  const base = `/projects/${encodeURIComponent(projectSlug)}`;

  const focusCell = (position: GridPosition) => {
    setAt(position);
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-pos="${position.row}:${position.col}"]`);
    (cell?.querySelector<HTMLElement>("a") ?? cell)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const next = moveInGrid(active, event.key, event.ctrlKey || event.metaKey, facts.length, cols);
    if (next) {
      event.preventDefault();
      focusCell(next);
      return;
    }
    if (event.key === "Enter" && active.col > 0) {
      const fact = facts[active.row];
      const article = matrix.articles[active.col - 1];
      const member = fact?.cells.find((c) => c.articleId === article?.id)?.members[0];
      if (!member || !article) return;
      event.preventDefault();
      router.push(`${base}/articles/${encodeURIComponent(article.id)}?annotation=${encodeURIComponent(member.annotationId)}`);
    }
  };

  const conflicts = matrix.facts.filter((f) => f.conflict).length;
  const single = matrix.facts.filter((f) => f.singleOutlet).length;

  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label="Facts" value={matrix.facts.length} />
        <Figure label="Articles" value={matrix.articles.length} />
        <Figure label="With conflicts" value={conflicts} tone="text-rose-700 dark:text-rose-300" />
        <Figure label="Single-outlet facts" value={single} tone="text-amber-700 dark:text-amber-300" />
      </dl>

      <div role="search" aria-label="Filter facts" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor="coverage-sort">Sort by</Label>
          <NativeSelect id="coverage-sort" value={sort} onChange={(e) => setSort(e.target.value as CoverageSort)}>
            <option value="coverage">Coverage (most outlets first)</option>
            <option value="conflicts">Conflicts first</option>
            <option value="first">First appearance</option>
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="coverage-stance">Stance</Label>
          <NativeSelect
            id="coverage-stance"
            value={filters.stance}
            onChange={(e) => setFilters({ ...filters, stance: e.target.value as ClusterStance | "any" })}
          >
            <option value="any">Any stance</option>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {stanceLabels[s]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex min-w-48 flex-1 flex-col gap-1">
          <Label htmlFor="coverage-text">Words</Label>
          <Input id="coverage-text" type="search" value={filters.text} placeholder="Title, statement or wording" onChange={(e) => setFilters({ ...filters, text: e.target.value })} />
        </div>
        <label className="inline-flex h-9 items-center gap-2 text-sm">
          <input type="checkbox" checked={filters.conflictsOnly} onChange={(e) => setFilters({ ...filters, conflictsOnly: e.target.checked })} />
          Conflicts only
        </label>
        <label className="inline-flex h-9 items-center gap-2 text-sm">
          <input type="checkbox" checked={filters.singleOnly} onChange={(e) => setFilters({ ...filters, singleOnly: e.target.checked })} />
          Single-outlet only
        </label>
      </div>

      <CoverageLegend />
      <p className="sr-only" role="status">
        {facts.length} of {matrix.facts.length} facts shown.
      </p>

      {facts.length === 0 ? (
        <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">No facts match these filters.</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border bg-card shadow-xs">
          <table
            ref={gridRef}
            role="grid"
            aria-label="Coverage: facts by outlet"
            aria-rowcount={facts.length + 1}
            aria-colcount={cols}
            className="w-full border-collapse text-sm"
            onKeyDown={onKeyDown}
          >
            <thead>
              <tr>
                <th scope="col" className="sticky left-0 z-10 min-w-72 border-b bg-card px-3 py-2 text-left align-bottom font-medium text-muted-foreground">
                  Fact
                </th>
                {matrix.articles.map((article) => (
                  <th key={article.id} scope="col" className="w-36 min-w-28 border-b border-l px-2 py-2 text-center align-bottom font-medium">
                    <span className="line-clamp-2 leading-tight" title={article.title}>
                      {article.outlet || article.title}
                    </span>
                    <span className="block text-xs font-normal text-muted-foreground">{formatDate(article.publishedAt)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {facts.map((fact, row) => (
                <tr key={fact.id} data-fact-id={fact.id} className={fact.conflict ? "bg-rose-50/60 dark:bg-rose-950/20" : undefined}>
                  <th
                    scope="row"
                    role="rowheader"
                    data-pos={`${row}:0`}
                    className="sticky left-0 z-10 border-b bg-card px-3 py-2 text-left align-middle font-normal"
                  >
                    <Link
                      href={`${base}/clusters/${encodeURIComponent(fact.id)}`}
                      tabIndex={active.row === row && active.col === 0 ? 0 : -1}
                      onFocus={() => setAt({ row, col: 0 })}
                      className="font-medium text-foreground hover:underline"
                    >
                      {fact.title}
                    </Link>
                    <span className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
                      <span>
                        {fact.outletCount} {fact.outletCount === 1 ? "outlet" : "outlets"}
                      </span>
                      {fact.conflict ? <Badge variant="destructive">Conflict</Badge> : null}
                      {fact.singleOutlet ? <Badge variant="warning">Single outlet</Badge> : null}
                      {fact.statusId && statusNames[fact.statusId] ? <Badge variant="outline">{statusNames[fact.statusId]}</Badge> : null}
                    </span>
                  </th>
                  {matrix.articles.map((article, i) => (
                    <CoverageCell
                      key={article.id}
                      pos={`${row}:${i + 1}`}
                      cell={fact.cells.find((c) => c.articleId === article.id)}
                      article={article}
                      factTitle={fact.title}
                      active={active.row === row && active.col === i + 1}
                      onFocusCell={() => setAt({ row, col: i + 1 })}
                      onOpen={(annotationId) => router.push(`${base}/articles/${encodeURIComponent(article.id)}?annotation=${encodeURIComponent(annotationId)}`)}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Figure({ label, value, tone }: { label: string; value: number; tone?: string }) {
  return (
    <div className="rounded-lg border bg-card px-4 py-3">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className={`text-2xl font-semibold tabular-nums ${tone ?? ""}`}>{value}</dd>
    </div>
  );
}
