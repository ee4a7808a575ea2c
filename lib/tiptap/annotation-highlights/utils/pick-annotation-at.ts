import { rankInnermost } from "./rank-innermost";
import type { Interval } from "./create-interval-index";

type Ranked = Interval & { readonly id: string };

/**
 * Which of the spans under a click to select. The innermost one, unless the
 * currently selected span is among them: then the next one outwards (wrapping
 * round), so clicking the same spot again walks through nested and
 * overlapping spans. Stateless, so selecting from the list and then clicking
 * behaves the same as clicking twice.
 */
export function pickAnnotationAt<T extends Ranked>(hits: readonly T[], selectedId: string | null): T | null {
  const ranked = rankInnermost(hits);
  if (ranked.length === 0) return null;
  const current = selectedId === null ? -1 : ranked.findIndex((hit) => hit.id === selectedId);
  return ranked[(current + 1) % ranked.length] ?? null;
}
