export type FormIssue = { path: PropertyKey[]; message: string };

export type FieldErrors<F extends string> = {
  /** The first message of each field, in `fieldOrder`'s fields only. */
  errors: Partial<Record<F, string>>;
  /** The first field (in form order) that has a message: it gets the focus. */
  first: F | null;
  /** Messages on no field of the form (rules across fields). */
  other: string[];
};

/** Turns a zod check's issues into what a form shows next to its fields. */
export function fieldErrorsFromIssues<F extends string>(issues: readonly FormIssue[], fieldOrder: readonly F[], humanize?: (message: string) => string): FieldErrors<F> {
  const errors: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = issue.path[0] as F;
    if (fieldOrder.includes(field)) errors[field] ??= humanize ? humanize(issue.message) : issue.message;
    else other.push(issue.message);
  }
  return { errors, first: fieldOrder.find((field) => errors[field] !== undefined) ?? null, other };
}
