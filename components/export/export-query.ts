import type { ExportChoices } from "./export-choices";

/** The API query string for `choices` (empty fields left out; lists comma-separated). */
export function exportQuery(choices: ExportChoices, part: "payload" | "manifest" | "estimate" | "gaps" | "card"): string {
  const query = new URLSearchParams({ format: choices.format });
  const set = (key: string, value: string) => {
    if (value !== "") query.set(key, value);
  };
  set("publishedFrom", choices.publishedFrom);
  set("publishedTo", choices.publishedTo);
  set("updatedFrom", choices.updatedFrom);
  set("updatedTo", choices.updatedTo);
  set("annotators", choices.annotators.join(","));
  // Both kinds is no filter at all.
  if (choices.kinds.length === 1) set("kinds", choices.kinds[0]!);
  set("statuses", choices.statuses.join(","));
  if (choices.review !== "all") query.set("review", choices.review);
  if (!choices.notes) query.set("notes", "false");
  if (choices.pseudonymise) query.set("pseudonymise", "true");
  if (choices.format === "claimreview" && choices.notes && choices.publishNotes) query.set("publishNotes", "true");
  if (part !== "payload") query.set("part", part);
  return query.toString();
}
