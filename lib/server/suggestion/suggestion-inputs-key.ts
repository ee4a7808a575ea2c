import { createHash } from "node:crypto";
import { SUGGESTERS_VERSION } from "@/lib/suggestions/find-suggestion-candidates";
import type { RegistryName } from "@/lib/suggestions/suggestion-types";

/**
 * The part of the suggestion cache's key besides the article revision: a
 * hash of every other input the built-in suggesters read (the whole entity
 * registry, in the order given, and the suggesters' version). Adding,
 * renaming, retyping or removing an entity changes it, so findings computed
 * with an older registry are never read again.
 */
export function suggestionInputsKey(registry: readonly RegistryName[]): string {
  const hash = createHash("sha256");
  hash.update(`v${SUGGESTERS_VERSION}\n`);
  for (const entry of registry) hash.update(JSON.stringify([entry.entityId, entry.entityType, entry.names]) + "\n");
  return hash.digest("hex");
}
