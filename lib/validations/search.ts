import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";
import { SEARCH_KINDS } from "@/lib/search/search-hit";

export const SEARCH_LIMIT_MAX = 50;
export const SEARCH_QUERY_MAX = 200;

const REVIEW_STATES = ["PENDING", "ACCEPTED", "REJECTED", "CHANGES_REQUESTED"] as const;

// Query-string values: absent and "" both mean "no filter".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === null || value === "" ? undefined : value), schema.optional());

const idSchema = (what: string) => safeString({ error: `${what} must be text.` }).max(64, `${what} is not known.`);

// GET /api/projects/<slug>/search?q=&kind=&status=&reviewState=&annotator=&outlet=&from=&to=&limit=
// `kind` may repeat or be comma-separated. Websearch syntax is accepted in
// q ("exact phrase", or, -word); anything else is just words.
export const searchQuerySchema = z.object({
  q: z.preprocess(
    (value) => value ?? "",
    safeString({ error: "q must be text." }).max(SEARCH_QUERY_MAX, `Search for at most ${SEARCH_QUERY_MAX} characters.`).transform((q) => q.trim()),
  ),
  kinds: z
    .array(z.enum(SEARCH_KINDS, { error: `kind must be one of ${SEARCH_KINDS.join(", ")}.` }))
    .max(SEARCH_KINDS.length)
    .default([]),
  status: optional(idSchema("status")),
  reviewState: optional(z.enum(REVIEW_STATES, { error: `reviewState must be one of ${REVIEW_STATES.join(", ")}.` })),
  annotator: optional(idSchema("annotator")),
  outlet: optional(safeString({ error: "outlet must be text." }).max(200, "outlet is at most 200 characters.")),
  from: optional(z.iso.date({ error: "from must be a date (YYYY-MM-DD)." })),
  to: optional(z.iso.date({ error: "to must be a date (YYYY-MM-DD)." })),
  limit: optional(z.coerce.number({ error: "limit must be a number." }).int("limit must be a whole number.").min(1).max(SEARCH_LIMIT_MAX)),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** The query string as the schema's input (repeated and comma-separated kinds). */
export function searchParamsToInput(params: URLSearchParams): Record<string, unknown> {
  return {
    q: params.get("q"),
    kinds: params.getAll("kind").flatMap((k) => k.split(",")).map((k) => k.trim()).filter(Boolean),
    status: params.get("status"),
    reviewState: params.get("reviewState"),
    annotator: params.get("annotator"),
    outlet: params.get("outlet"),
    from: params.get("from"),
    to: params.get("to"),
    limit: params.get("limit"),
  };
}
