import type { EntitySearchState } from "@/components/editor/panel/use-entity-search";

// The picker's polite status line: what a screen reader hears after each
// search, and what sighted users see under an empty list. Failure has its
// own alert, so it says nothing here.
export function entitySearchMessage(state: Pick<EntitySearchState, "status" | "results">, fresh: boolean, q: string, typeName?: string): string {
  if (state.status === "failed") return "";
  if (!fresh) return "Searching…";
  const count = state.results.length;
  const noun = typeName ? `${typeName.toLocaleLowerCase()} ${count === 1 ? "entity" : "entities"}` : count === 1 ? "entity" : "entities";
  if (count > 0) return `${count} ${noun} found.`;
  if (q === "") return `No ${typeName ? `${typeName.toLocaleLowerCase()} entities` : "entities"} in this project yet: type a name to create one.`;
  return `No ${typeName ? `${typeName.toLocaleLowerCase()} entities` : "entities"} match “${q}”.`;
}
