import type { UnitDifference } from "@/lib/metrics/group-annotation-units";

/** How each kind of difference reads in badges, per annotation kind. */
export function differenceLabel(difference: UnitDifference, kind: string): string {
  if (difference === "missing") return "Not marked by everyone";
  if (difference === "boundaries") return "Different boundaries";
  return kind === "CLAIM" ? "Different status or type" : "Different entity";
}
