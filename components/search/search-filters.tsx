"use client";

import { NativeSelect } from "@/components/ui/native-select";
import { SEARCH_KINDS, SEARCH_KIND_LABELS, type SearchFacets } from "@/lib/search/search-hit";
import type { SearchFilterValues } from "./use-project-search";

const REVIEW_STATES = [
  ["PENDING", "Pending review"],
  ["ACCEPTED", "Accepted"],
  ["REJECTED", "Rejected"],
  ["CHANGES_REQUESTED", "Changes requested"],
] as const;

type Props = { values: SearchFilterValues; facets: SearchFacets | null; onChange: (values: SearchFilterValues) => void };

/** The search dialog's filter row: kind, status, review state, annotator, outlet, publication dates. */
export function SearchFilters({ values, facets, onChange }: Props) {
  const set = (name: keyof SearchFilterValues) => (event: { currentTarget: { value: string } }) => onChange({ ...values, [name]: event.currentTarget.value });
  const small = "h-8 text-xs";
  return (
    <div className="flex flex-wrap items-center gap-1.5 border-b px-3 py-2" role="group" aria-label="Filters">
      <NativeSelect aria-label="Kind" className={small} value={values.kind} onChange={set("kind")}>
        <option value="">Everything</option>
        {SEARCH_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {SEARCH_KIND_LABELS[kind]}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect aria-label="Status" className={small} value={values.status} onChange={set("status")}>
        <option value="">Any status</option>
        {facets?.statuses.map((s) => (
          <option key={s.key} value={s.key}>
            {s.name}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect aria-label="Review state" className={small} value={values.reviewState} onChange={set("reviewState")}>
        <option value="">Any review</option>
        {REVIEW_STATES.map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect aria-label="Annotator" className={small} value={values.annotator} onChange={set("annotator")}>
        <option value="">Anyone</option>
        {facets?.annotators.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect aria-label="Outlet" className={small} value={values.outlet} onChange={set("outlet")}>
        <option value="">Any outlet</option>
        {facets?.outlets.map((outlet) => (
          <option key={outlet} value={outlet}>
            {outlet}
          </option>
        ))}
      </NativeSelect>
      <label className="flex items-center gap-1 text-xs text-muted-foreground">
        From
        <input type="date" aria-label="Published from" className="h-8 rounded-md border bg-background px-1 text-xs" value={values.from} onChange={set("from")} />
      </label>
      <label className="flex items-center gap-1 text-xs text-muted-foreground">
        to
        <input type="date" aria-label="Published until" className="h-8 rounded-md border bg-background px-1 text-xs" value={values.to} onChange={set("to")} />
      </label>
    </div>
  );
}
