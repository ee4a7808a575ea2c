import Link from "next/link";
import type { TimelineEntry } from "@/lib/entities/build-entity-timeline";
import type { EntityPageClaim } from "@/lib/server/entity/get-entity-page";
import { annotationHref } from "./annotation-href";

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function when(entry: TimelineEntry): string {
  const month = entry.month ? monthNames[entry.month - 1] : null;
  return [entry.day, month, entry.year].filter((part) => part !== null && part !== undefined).join(" ");
}

// The entity's dated claims in calendar order, each date as the claim words it.
export function EntityTimeline({ projectSlug, timeline, claims }: { projectSlug: string; timeline: TimelineEntry[]; claims: EntityPageClaim[] }) {
  if (timeline.length === 0) return <p className="text-sm text-muted-foreground">No claim about it gives a date.</p>;
  const claimById = new Map(claims.map((c) => [c.id, c]));
  return (
    <ol aria-label="Timeline" className="space-y-2 border-l pl-4 text-sm">
      {timeline.map((entry, index) => {
        const claim = claimById.get(entry.claimId);
        if (!claim) return null;
        return (
          <li key={`${entry.claimId}-${index}`}>
            <p className="font-medium">
              {when(entry)}
              {entry.yearFromArticle ? <span className="text-xs font-normal text-muted-foreground"> (year of publication)</span> : null}
            </p>
            <Link className="underline-offset-2 hover:underline" href={annotationHref(projectSlug, claim.article.id, claim.id)}>
              “{claim.exact}”
            </Link>{" "}
            <span className="text-muted-foreground">— {claim.article.outlet || claim.article.title}</span>
          </li>
        );
      })}
    </ol>
  );
}
