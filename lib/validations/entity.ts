import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import { INT4_MAX } from "@/lib/validations/int4";

// Entities are the project's shared list of people, organisations, places...
// that mentions and claims point at. Checked here without the database; the
// type label's kind and project are checked in lib/server/entity/*.

export const ENTITY_SEARCH_LIMIT_MAX = 50;

const typeIdSchema = safeString({ error: "typeId must be the id of an entity type." })
  .min(1, "typeId must be the id of an entity type.")
  .max(64, "typeId is not a known entity type.");

const nameSchema = safeString({ error: "name must be text." })
  .trim()
  .min(1, "Enter the entity's name.")
  .max(200, "name must be at most 200 characters.");

// Case-insensitive duplicates collapse to the first spelling given.
const aliasesSchema = z
  .array(
    safeString({ error: "Each alias must be text." }).trim().min(1, "Aliases cannot be empty.").max(200, "Each alias must be at most 200 characters."),
    { error: "aliases must be a list of names." },
  )
  .max(50, "An entity can have at most 50 aliases.")
  .transform((aliases) => {
    const seen = new Set<string>();
    return aliases.filter((alias) => {
      const key = alias.toLocaleLowerCase("en");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

const descriptionSchema = safeString({ error: "description must be text." }).trim().max(2000, "description must be at most 2000 characters.");

// Anything that mentions Wikidata or starts like a QID ("q42", "Q 42") is held
// to the QID form, so the same item is never stored two ways. Other knowledge
// bases' identifiers pass as given.
export function looksLikeWikidataId(value: string): boolean {
  return /wikidata/i.test(value) || /^q[\s:-]*\d/i.test(value);
}

const externalIdSchema = safeString({ error: "externalId must be text or null." })
  .trim()
  .max(200, "externalId must be at most 200 characters.")
  .nullable()
  .transform((value) => (value === "" ? null : value))
  .refine(
    (value) => value === null || !looksLikeWikidataId(value) || /^Q\d+$/.test(value),
    "externalId looks like a Wikidata id: write it as Q followed by digits, like Q42.",
  );

const unknownField = (what: string) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === "unrecognized_keys" ? `Unknown entity field: ${(issue.keys ?? []).join(", ")}.` : what;

export const createEntitySchema = z.strictObject(
  {
    typeId: typeIdSchema,
    name: nameSchema,
    aliases: aliasesSchema.default([]),
    description: descriptionSchema.default(""),
    externalId: externalIdSchema.default(null),
  },
  { error: unknownField("Send the entity as a JSON object.") },
);

export type CreateEntityValues = z.output<typeof createEntitySchema>;

export const updateEntitySchema = z.strictObject(
  {
    version: z
      .number({ error: "version is required: send the version of the entity you edited." })
      .int("version must be a whole number.")
      .min(1, "version must be 1 or more.")
      .max(INT4_MAX, "version is larger than any stored version."),
    typeId: typeIdSchema.optional(),
    name: nameSchema.optional(),
    aliases: aliasesSchema.optional(),
    description: descriptionSchema.optional(),
    externalId: externalIdSchema.optional(),
  },
  { error: unknownField("Send the changes as a JSON object.") },
);

export type UpdateEntityValues = z.output<typeof updateEntitySchema>;

// Query-string input: blank parameters mean "not given".
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const entitySearchSchema = z.object({
  q: z.preprocess(blankToUndefined, safeString({ error: "q must be text." }).trim().max(200, "q must be at most 200 characters.").default("")),
  typeId: z.preprocess(blankToUndefined, typeIdSchema.optional()),
  limit: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `limit must be a whole number from 1 to ${ENTITY_SEARCH_LIMIT_MAX}.` })
      .int(`limit must be a whole number from 1 to ${ENTITY_SEARCH_LIMIT_MAX}.`)
      .min(1, `limit must be a whole number from 1 to ${ENTITY_SEARCH_LIMIT_MAX}.`)
      .max(ENTITY_SEARCH_LIMIT_MAX, `limit must be at most ${ENTITY_SEARCH_LIMIT_MAX}.`)
      .default(20),
  ),
});

export type EntitySearchValues = z.output<typeof entitySearchSchema>;

// DELETE ?version=N: the version the person saw, as for an edit.
export const entityVersionSchema = z.strictObject(
  {
    version: z.coerce
      .number({ error: "version is required: send the version of the entity you saw." })
      .int("version must be a whole number.")
      .min(1, "version is required: send the version of the entity you saw.")
      .max(INT4_MAX, "version is larger than any stored version."),
  },
  { error: unknownField("Send the version as ?version=N.") },
);
