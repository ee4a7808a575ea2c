export type IfMatchResult = "missing" | "match" | "mismatch";

/**
 * RFC 9110 §13.1.1 If-Match against the current strong ETag: `*` matches
 * any current representation; weak tags (W/"…") never match, since If-Match
 * uses the strong comparison. The protocol requires the header on PUT, so a
 * missing one is reported for the caller to answer 428.
 */
export function ifMatchAllows(header: string | null, currentEtag: string): IfMatchResult {
  if (header === null || header.trim() === "") return "missing";
  const tags = header.split(",").map((t) => t.trim());
  return tags.includes("*") || tags.includes(currentEtag) ? "match" : "mismatch";
}
