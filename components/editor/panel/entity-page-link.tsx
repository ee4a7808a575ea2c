import Link from "next/link";
import { ExternalLinkIcon } from "lucide-react";
import { entityPageHref } from "@/lib/entities/entity-page-href";

// A small icon link from an entity chip to the entity's page (every mention
// and claim of it across the project). Opens in a new tab so the editor, its
// selection and any unsaved edit stay where they are.
export function EntityPageLink({ projectSlug, entityId, name }: { projectSlug: string; entityId: string; name: string }) {
  return (
    <Link
      href={entityPageHref(projectSlug, entityId)}
      target="_blank"
      rel="noopener"
      className="inline-flex size-7 shrink-0 items-center justify-center rounded-md text-muted-foreground hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      aria-label={`Open the page of ${name}`}
      title={`Open the page of ${name}`}
      data-testid="entity-page-link"
    >
      <ExternalLinkIcon className="size-3.5" />
    </Link>
  );
}
