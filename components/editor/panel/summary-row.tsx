import type { ReactNode } from "react";

// One read-only field: a term and its value, or a dash when unset.
export function SummaryRow({ term, children }: { term: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === "";
  return (
    <>
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="min-w-0 break-words">{empty ? <span className="text-muted-foreground">—</span> : children}</dd>
    </>
  );
}
