import type { ImportedEntity } from "@/lib/import/annotations/types";
import type { LabelMappingChoice } from "./annotation-import-types";
import type { ContextEntity, ContextLabel } from "./load-import-context";
import type { EntityTarget } from "./planned-types";
import { resolveLabelRef } from "./resolve-label-ref";

export type EntityResolution = { target: EntityTarget; typeId: string } | { unknownType: string } | null;

/**
 * An entity reference from a file → an entity of the project, or one to
 * create from the file's definition. "wikidata:Q42" (W3C) matches by
 * external id; a file id matches the project entity with that id (a
 * re-import into the same project), else the file's definition is matched by
 * external id, then by type and name, and created when nothing matches.
 * Null when the reference cannot be resolved (the link is then dropped).
 */
export function resolveImportEntity(
  ref: string,
  fileEntities: ReadonlyMap<string, ImportedEntity>,
  entities: readonly ContextEntity[],
  labels: readonly ContextLabel[],
  mapping: Readonly<Record<string, LabelMappingChoice>>,
): EntityResolution {
  const qid = /^wikidata:(Q\d+)$/.exec(ref)?.[1];
  if (qid) {
    const existing = entities.find((e) => e.externalId === qid);
    if (existing) return { target: { existingId: existing.id }, typeId: existing.typeId };
    const defined = [...fileEntities.values()].find((e) => e.externalId === qid);
    return defined ? resolveImportEntity(defined.id, fileEntities, entities, labels, mapping) : null;
  }
  const same = entities.find((e) => e.id === ref);
  if (same) return { target: { existingId: same.id }, typeId: same.typeId };
  const defined = fileEntities.get(ref);
  if (!defined) return null;
  const type = resolveLabelRef({ namespace: "ENTITY_TYPE", value: defined.type }, labels, mapping);
  if ("unknown" in type) return { unknownType: type.unknown };
  if (!("labelId" in type) || type.kind !== "ENTITY_TYPE") return null;
  const existing =
    (defined.externalId ? entities.find((e) => e.externalId === defined.externalId && e.typeId === type.labelId) : undefined) ??
    entities.find((e) => e.typeId === type.labelId && e.name === defined.name);
  if (existing) return { target: { existingId: existing.id }, typeId: existing.typeId };
  return { target: { fileId: defined.id }, typeId: type.labelId };
}
