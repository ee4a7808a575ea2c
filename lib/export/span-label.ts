import type { ExportLookup } from "./create-export-lookup";
import type { ExportAnnotation } from "./types";

/**
 * The one label a span carries in single-namespace span formats (Label
 * Studio, doccano, brat): an entity mention's entity-type key ("person"), or
 * for a claim "claim-" plus its claim-type key ("claim-statistical"), or
 * "claim" / "entity" when untyped. Claim and entity types share key names
 * ("event" is both by default); label keys never contain "-", so the prefix
 * keeps them apart.
 */
export function spanLabel(annotation: ExportAnnotation, lookup: ExportLookup): string {
  if (annotation.kind === "CLAIM") {
    const type = lookup.label(annotation.claimTypeId);
    return type ? `claim-${type.key}` : "claim";
  }
  return lookup.label(annotation.entityTypeId)?.key ?? "entity";
}
