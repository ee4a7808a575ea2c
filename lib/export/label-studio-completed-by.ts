import { annotatorOf } from "./annotator-of";
import type { ExportAnnotation, ExportOptions } from "./types";

export type LabelStudioCompletedBy = { email: string; first_name: string };

// Label Studio resolves an imported annotation's `completed_by` by the email of
// a member of the receiving project (an unknown one is refused unless the
// server sets ALLOW_IMPORT_TASKS_WITH_UNKNOWN_EMAILS). Claimdesk never exports
// real email addresses, so it writes one under the reserved .invalid domain
// built from the annotator's id or pseudonym: create Label Studio users with
// these addresses and each annotation lands on its own annotator.
const DOMAIN = "claimdesk.invalid";

/** Who completed one Label Studio annotation: an annotator, or the gold layer (null). */
export function labelStudioCompletedBy(author: ExportAnnotation | null, options: Pick<ExportOptions, "pseudonymise">): LabelStudioCompletedBy {
  if (author === null) return { email: `gold@${DOMAIN}`, first_name: "Gold layer" };
  const annotator = annotatorOf(author, options);
  return { email: `${annotator.id}@${DOMAIN}`, first_name: annotator.name };
}
