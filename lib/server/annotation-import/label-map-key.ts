import type { LabelRef } from "@/lib/import/annotations/types";

/** The mapping key of a label: its namespace (or "span" for single-namespace formats) and its value, e.g. "span:GPE". */
export function labelMapKey(ref: LabelRef): string {
  return `${ref.namespace ?? "span"}:${ref.value}`;
}
