import { isClaimdeskId } from "@/lib/import/annotations/is-claimdesk-id";
import { createOrderedIds } from "./create-ordered-ids";

export type IdCandidate = { key: string; sourceId: string | null };

/**
 * The id each planned row gets, by its key: the file's own id when it is a
 * Claimdesk id that no row in this database holds and no earlier row of the
 * batch kept, so restoring an export into a fresh project (or another server)
 * gives back the same ids and exports of it are byte-identical to the
 * originals; otherwise a new id, in the file's order (createOrderedIds).
 * A copy next to its original gets new ids: an id names one row.
 */
export function assignImportIds(candidates: readonly IdCandidate[], taken: ReadonlySet<string>): Map<string, string> {
  const ids = new Map<string, string>();
  const kept = new Set<string>();
  const renewed: string[] = [];
  for (const { key, sourceId } of candidates) {
    if (ids.has(key)) continue;
    if (isClaimdeskId(sourceId) && !taken.has(sourceId) && !kept.has(sourceId)) {
      kept.add(sourceId);
      ids.set(key, sourceId);
    } else renewed.push(key);
  }
  for (const [key, id] of createOrderedIds(renewed)) ids.set(key, id);
  return ids;
}
