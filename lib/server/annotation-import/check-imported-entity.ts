import type { ImportedEntity } from "@/lib/import/annotations/types";
import { createEntitySchema } from "@/lib/validations/entity";
import { safeString } from "@/lib/validations/safe-string";

// The type is a label reference resolved later (mapping), so only its text is checked here.
const importedEntitySchema = createEntitySchema.pick({ name: true, aliases: true, externalId: true }).extend({ type: safeString().max(300) });

/** A file's entity held to the entity API's schema (name, aliases, external id), normalised by it. */
export function checkImportedEntity(entity: ImportedEntity): { entity: ImportedEntity } | { error: string } {
  const parsed = importedEntitySchema.safeParse({ name: entity.name, aliases: entity.aliases, externalId: entity.externalId, type: entity.type });
  if (!parsed.success) return { error: `Entity ${entity.id.slice(0, 64)}: ${parsed.error.issues[0]?.message ?? "invalid"}` };
  return { entity: { ...entity, name: parsed.data.name, aliases: parsed.data.aliases, externalId: parsed.data.externalId } };
}
