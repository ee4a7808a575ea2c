import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import { LabelKind } from "@/lib/generated/prisma/enums";

// Shared by the label editor's forms and lib/server/label/*. Inputs may come
// from forms, so empty strings mean "none" and digits may arrive as text.

// How people call each kind, for messages and headings.
export const labelKindNames: Record<LabelKind, { one: string; many: string }> = {
  CLAIM_TYPE: { one: "claim type", many: "Claim types" },
  ENTITY_TYPE: { one: "entity type", many: "Entity types" },
  VERIFICATION_STATUS: { one: "verification status", many: "Verification statuses" },
};

export const labelKindSchema = z.enum(LabelKind, { error: "Choose claim type, entity type or verification status." });

export const labelNameSchema = safeString({ error: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(60, "Use at most 60 characters for the name.");

// Exports and the public API name labels by key, so it is plain ASCII.
export const labelKeySchema = safeString({ error: "Enter a key." })
  .trim()
  .min(1, "Enter a key.")
  .max(40, "Use at most 40 characters for the key.")
  .regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, "Use lowercase letters, digits and single underscores for the key (like mostly_true).");

export const labelDescriptionSchema = safeString({ error: "Description must be text." })
  .trim()
  .max(300, "Use at most 300 characters for the description.");

// Lowercased so "#2563EB" and "#2563eb" are one colour in exports.
export const labelColorSchema = safeString({ error: "Choose a colour." })
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour in the form #rrggbb, like #2563eb.")
  .transform((color) => color.toLowerCase());

const blankToNull = (value: unknown) => (value === "" ? null : value);

const ratingMessage = "Rating must be a whole number from 1 to 5, or none.";
export const labelRatingSchema = z.preprocess(
  (value) => {
    const v = blankToNull(value);
    return typeof v === "string" ? Number(v.trim()) : v;
  },
  z.number({ error: ratingMessage }).int(ratingMessage).min(1, ratingMessage).max(5, ratingMessage).nullable(),
);

const hotkeyMessage = "Hotkey must be one digit from 1 to 9, or none.";
export const labelHotkeySchema = z.preprocess(
  (value) => {
    const v = blankToNull(value);
    return typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : v;
  },
  safeString({ error: hotkeyMessage }).regex(/^[1-9]$/, hotkeyMessage).nullable(),
);

// The optimistic-lock token: the label's updatedAt as the editor last saw it.
export const labelVersionSchema = z.coerce.date({ error: "This form is missing the label's version; reload the page." });

export const labelIdSchema = safeString({ error: "Choose a label." }).min(1, "Choose a label.").max(64, "Unknown label.");

// Ratings belong to statuses (ClaimReview's numeric scale) and hotkeys to
// entity types (tagging a selection); anywhere else they would be ignored by
// every consumer, so they are refused rather than stored.
export function labelKindRuleError(kind: LabelKind, fields: { rating?: number | null; hotkey?: string | null }): string | null {
  if (fields.rating != null && kind !== "VERIFICATION_STATUS") return "Only verification statuses have a rating.";
  if (fields.hotkey != null && kind !== "ENTITY_TYPE") return "Only entity types have a hotkey.";
  return null;
}

export const newLabelSchema = z
  .object({
    kind: labelKindSchema,
    name: labelNameSchema,
    // Optional: derived from the name when absent or blank.
    key: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), labelKeySchema.optional()),
    description: labelDescriptionSchema.default(""),
    color: labelColorSchema,
    rating: labelRatingSchema.optional(),
    hotkey: labelHotkeySchema.optional(),
  })
  .superRefine((value, ctx) => {
    const message = labelKindRuleError(value.kind, value);
    if (message) ctx.addIssue({ code: "custom", message, path: [message.includes("rating") ? "rating" : "hotkey"] });
  });

export type NewLabelInput = z.infer<typeof newLabelSchema>;

// An edit: fields left out stay as they are. kind and key are not editable;
// exports and existing annotations rely on them.
export const labelChangesSchema = z.strictObject(
  {
    id: labelIdSchema,
    updatedAt: labelVersionSchema,
    name: labelNameSchema.optional(),
    description: labelDescriptionSchema.optional(),
    color: labelColorSchema.optional(),
    rating: labelRatingSchema.optional(),
    hotkey: labelHotkeySchema.optional(),
  },
  {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return undefined;
      return issue.keys.some((k) => k === "kind" || k === "key")
        ? "A label's kind and key cannot be changed."
        : `Unknown label field: ${issue.keys.join(", ")}.`;
    },
  },
);

export type LabelChangesInput = z.infer<typeof labelChangesSchema>;

export const labelMoveSchema = z.object({
  id: labelIdSchema,
  direction: z.enum(["up", "down"], { error: "Move a label up or down." }),
});

// A key suggestion from a label name ("Date / time" → "date_time",
// "Élection" → "election"); empty when the name has no Latin letters or digits.
export function labelKeyFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/g, "");
}
