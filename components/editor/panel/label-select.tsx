"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { LabelDot } from "@/components/editor/panel/label-dot";
import type { LabelOption } from "@/components/editor/panel/types";

// Radix Select items cannot have an empty value, so "none" has a sentinel.
const NONE = "__none__";

type LabelSelectProps = {
  id: string;
  value: string | null;
  options: readonly LabelOption[];
  onValueChange: (value: string | null) => void;
  // The text for "no label"; absent when a label is required.
  noneLabel?: string;
  showRating?: boolean;
  disabled?: boolean;
  "aria-describedby"?: string;
};

// One of the project's labels (claim type, status, entity type), each with
// its colour. A value that is no longer offered (an archived label) stays
// visible and selected instead of silently reading as "none".
export function LabelSelect({ id, value, options, onValueChange, noneLabel, showRating, disabled, ...aria }: LabelSelectProps) {
  const known = value === null || options.some((option) => option.id === value);
  return (
    <Select
      value={value ?? NONE}
      onValueChange={(next) => onValueChange(next === NONE ? null : next)}
      disabled={disabled}
    >
      <SelectTrigger id={id} className="w-full" aria-describedby={aria["aria-describedby"]}>
        <SelectValue placeholder={noneLabel ?? "Choose…"} />
      </SelectTrigger>
      <SelectContent>
        {noneLabel !== undefined ? (
          <SelectItem value={NONE}>
            <span className="text-muted-foreground">{noneLabel}</span>
          </SelectItem>
        ) : null}
        {options.map((option) => (
          <SelectItem key={option.id} value={option.id}>
            <LabelDot color={option.color} />
            <span>{option.name}</span>
            {showRating && option.rating !== null ? (
              <span className="text-xs text-muted-foreground">rating {option.rating}/5</span>
            ) : null}
          </SelectItem>
        ))}
        {!known && value !== null ? (
          <SelectItem value={value} disabled>
            <span className="text-muted-foreground">Archived label</span>
          </SelectItem>
        ) : null}
      </SelectContent>
    </Select>
  );
}
