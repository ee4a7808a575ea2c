import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import { HTTP_URL_MAX, isHttpUrl } from "@/lib/validations/http-url";
import { normalizePublishedAt } from "@/lib/import/normalize-published-at";

const optional = (max: number, name: string) =>
  safeString()
    .trim()
    .max(max, `Use at most ${max} characters for the ${name}.`)
    .nullable()
    .transform((value) => (value === "" ? null : value));

/**
 * Article metadata as the user confirms it before saving. Messages name the
 * field, since the import page shows them next to the item.
 */
export const importMetadataSchema = z.object({
  title: safeString().trim().min(1, "The title is empty: give the article a title.").max(500, "Use at most 500 characters for the title."),
  outlet: safeString().trim().max(200, "Use at most 200 characters for the outlet."),
  url: optional(HTTP_URL_MAX, "url").refine((url) => url === null || isHttpUrl(url), "The url must be a web address starting with http:// or https://."),
  author: optional(300, "author"),
  publishedAt: optional(40, "date").transform((value, ctx) => {
    if (value === null) return null;
    const iso = normalizePublishedAt(value);
    if (!iso) {
      ctx.addIssue({ code: "custom", message: `"${value}" is not a date; use YYYY-MM-DD.` });
      return z.NEVER;
    }
    return iso;
  }),
  language: safeString()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "The language must be a language tag such as en or pt-BR."),
});
