"use client";

import { useId } from "react";
import type { PanelLabels } from "@/components/editor/panel/types";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { AnnotationFilters } from "./filter-annotations";

type Props = { filters: AnnotationFilters; labels: PanelLabels; onChange: (filters: AnnotationFilters) => void };

export function AnnotationFilterBar({ filters, labels, onChange }: Props) {
  const id = useId();
  const set = <K extends keyof AnnotationFilters>(key: K, value: AnnotationFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div className="grid grid-cols-2 gap-2" role="group" aria-label="Filter annotations">
      <Input
        type="search"
        aria-label="Search quotes and notes"
        placeholder="Search quotes and notes"
        className="col-span-2 h-8"
        value={filters.query}
        onChange={(event) => set("query", event.currentTarget.value)}
      />
      <label className="sr-only" htmlFor={`${id}-kind`}>
        Kind
      </label>
      <NativeSelect id={`${id}-kind`} className="h-8 text-xs" value={filters.kind} onChange={(e) => set("kind", e.currentTarget.value as AnnotationFilters["kind"])}>
        <option value="ALL">All kinds</option>
        <option value="CLAIM">Claims</option>
        <option value="ENTITY_MENTION">Entity mentions</option>
      </NativeSelect>
      <label className="sr-only" htmlFor={`${id}-status`}>
        Status
      </label>
      <NativeSelect id={`${id}-status`} className="h-8 text-xs" value={filters.statusId} onChange={(e) => set("statusId", e.currentTarget.value)}>
        <option value="ALL">Any status</option>
        {labels.statuses.map((status) => (
          <option key={status.id} value={status.id}>
            {status.name}
          </option>
        ))}
        <option value="NONE">No status</option>
      </NativeSelect>
      <label className="sr-only" htmlFor={`${id}-review`}>
        Review state
      </label>
      <NativeSelect
        id={`${id}-review`}
        className="col-span-2 h-8 text-xs"
        value={filters.reviewState}
        onChange={(e) => set("reviewState", e.currentTarget.value as AnnotationFilters["reviewState"])}
      >
        <option value="ALL">Any review state</option>
        <option value="PENDING">Not reviewed</option>
        <option value="ACCEPTED">Accepted</option>
        <option value="CHANGES_REQUESTED">Changes requested</option>
        <option value="REJECTED">Rejected</option>
      </NativeSelect>
    </div>
  );
}
