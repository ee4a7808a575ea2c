import type { GoldResolution } from "./gold-types";

/**
 * Where a unit of annotators' annotations stands. Gold wins: a unit is in gold
 * when a live gold annotation was adjudicated from any of its members. It is
 * excluded only when EVERY member was left out, so a colleague's annotation
 * that joins an excluded unit later reopens it for a decision.
 */
export function resolveUnit(
  memberIds: readonly string[],
  golds: ReadonlyArray<{ id: string; adjudicatedFromId: string | null }>,
  excludedIds: ReadonlySet<string>,
): GoldResolution {
  const goldIds = golds.filter((gold) => gold.adjudicatedFromId !== null && memberIds.includes(gold.adjudicatedFromId)).map((gold) => gold.id);
  if (goldIds.length > 0) return { state: "gold", goldIds };
  if (memberIds.length > 0 && memberIds.every((id) => excludedIds.has(id))) return { state: "excluded" };
  return { state: "open" };
}
