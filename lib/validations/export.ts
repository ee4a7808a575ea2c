import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import { exportFormats, type ExportFormat } from "@/lib/export/export-formats";
import type { ExportFilters } from "@/lib/export/types";

// The options of an export, as the API query string, the command line and the
// export page spell them (one flat record of strings, lists comma-separated),
// checked without the database. Shared so all three accept exactly the same.

export type ExportRequest = {
  format: ExportFormat;
  filters: ExportFilters;
  includeNotes: boolean;
  // ClaimReview only: a claim without a public explanation publishes its
  // internal note as ratingExplanation. Off unless asked for, by name.
  publishNotes: boolean;
  pseudonymise: boolean;
};

const formatNames = Object.keys(exportFormats) as [ExportFormat, ...ExportFormat[]];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const list = (name: string, max: number) =>
  safeString()
    .transform((value) => [...new Set(value.split(",").map((v) => v.trim()).filter((v) => v !== ""))].sort())
    .refine((values) => values.length <= max, `${name} may list at most ${max} values.`)
    .refine((values) => values.every((v) => v.length <= 100), `${name} holds a value that is too long.`)
    .optional();

// A day ("2024-03-01") or an instant; "to" days are inclusive, so a day as
// upper bound means the end of that day (stored as the next midnight, exclusive).
const bound = (name: string, end: boolean) =>
  safeString()
    .refine((v) => (DATE.test(v) || ISO.test(v)) && !Number.isNaN(Date.parse(v)), `${name} must be a date (YYYY-MM-DD) or an ISO 8601 time.`)
    .transform((v) => {
      if (!DATE.test(v)) return new Date(v).toISOString();
      const day = new Date(`${v}T00:00:00.000Z`);
      if (end) day.setUTCDate(day.getUTCDate() + 1);
      return day.toISOString();
    })
    .optional();

const flag = (name: string) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"], { error: `${name} must be true or false.` })
    .transform((v) => v === "true" || v === "1" || v === "yes")
    .optional();

const kindNames = { claim: "CLAIM", mention: "ENTITY_MENTION" } as const;

export const exportQuerySchema = z
  .object({
    format: z.enum(formatNames, { error: `format must be one of: ${formatNames.join(", ")}.` }),
    articles: list("articles", 1000),
    publishedFrom: bound("publishedFrom", false),
    publishedTo: bound("publishedTo", true),
    updatedFrom: bound("updatedFrom", false),
    updatedTo: bound("updatedTo", true),
    annotators: list("annotators", 200),
    kinds: list("kinds", 2).refine((k) => (k ?? []).every((v) => v in kindNames), "kinds may be claim and/or mention."),
    statuses: list("statuses", 100),
    review: z.enum(["all", "accepted", "gold"], { error: "review must be all, accepted or gold." }).default("all"),
    notes: flag("notes"),
    publishNotes: flag("publishNotes"),
    pseudonymise: flag("pseudonymise"),
  })
  .refine((q) => !q.publishedFrom || !q.publishedTo || q.publishedFrom < q.publishedTo, "publishedFrom must be before publishedTo.")
  .refine((q) => !q.updatedFrom || !q.updatedTo || q.updatedFrom < q.updatedTo, "updatedFrom must be before updatedTo.")
  .transform(
    (q): ExportRequest => ({
      format: q.format,
      filters: {
        articleIds: q.articles?.length ? q.articles : null,
        publishedFrom: q.publishedFrom ?? null,
        publishedTo: q.publishedTo ?? null,
        updatedFrom: q.updatedFrom ?? null,
        updatedTo: q.updatedTo ?? null,
        annotatorIds: q.annotators?.length ? q.annotators : null,
        kinds: q.kinds?.length ? q.kinds.map((k) => kindNames[k as keyof typeof kindNames]).sort() : null,
        statusKeys: q.statuses?.length ? q.statuses : null,
        reviewState: q.review,
      },
      includeNotes: q.notes ?? true,
      publishNotes: q.publishNotes ?? false,
      pseudonymise: q.pseudonymise ?? false,
    }),
  );
