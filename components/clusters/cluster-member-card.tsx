"use client";

import Link from "next/link";
import type { ClusterMemberDTO, ClusterStance } from "@/lib/clusters/cluster-dto";
import { formatDate } from "@/lib/format/format-date";
import { ReviewStateBadge } from "@/components/review/review-state-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { MemberText, type TextRange } from "./member-text";
import { StanceBadge } from "./stance-badge";
import { StanceSelect } from "./stance-select";

type ClusterMemberCardProps = {
  projectSlug: string;
  member: ClusterMemberDTO;
  differing: readonly TextRange[];
  conflicting: readonly (TextRange & { description: string })[];
  first: boolean;
  syndicatedWith: string[];
  canEditStance: boolean;
  canReview: boolean;
  busy: boolean;
  onStance: (stance: ClusterStance) => void;
  onReview: (decision: "ACCEPT" | "REJECT") => void;
};

// One outlet's wording in the side-by-side comparison.
export function ClusterMemberCard(props: ClusterMemberCardProps) {
  const { projectSlug, member, differing, conflicting, first, syndicatedWith, canEditStance, canReview, busy, onStance, onReview } = props;
  const href = `/projects/${encodeURIComponent(projectSlug)}/articles/${encodeURIComponent(member.articleId)}?annotation=${encodeURIComponent(member.annotationId)}`;
  return (
    <article
      data-member-id={member.id}
      data-stance={member.stance}
      aria-label={`${member.outlet || member.articleTitle}, ${member.stance.toLowerCase()}`}
      className={cn(
        "flex w-72 shrink-0 snap-start flex-col gap-3 rounded-xl border bg-card p-4 shadow-xs",
        (member.stance === "CONTRADICTS" || conflicting.length > 0) && "border-rose-400 dark:border-rose-700",
      )}
    >
      <header className="flex flex-col gap-1">
        <div className="flex items-start justify-between gap-2">
          <h3 className="text-sm font-semibold leading-tight">{member.outlet || member.articleTitle}</h3>
          <span className="shrink-0 text-xs text-muted-foreground">{formatDate(member.publishedAt)}</span>
        </div>
        <Link href={href} className="line-clamp-2 text-xs text-muted-foreground hover:underline">
          {member.outlet ? member.articleTitle : "Open in the article"}
        </Link>
        <div className="flex flex-wrap gap-1">
          {first ? <Badge variant="info">First appearance</Badge> : null}
          {syndicatedWith.length > 0 ? (
            <Badge variant="secondary" title={`Near-identical to ${syndicatedWith.join(", ")}`}>
              Syndicated copy
            </Badge>
          ) : null}
          {member.textChangedAfterVerdict ? <Badge variant="warning">Text changed after verdict</Badge> : null}
        </div>
      </header>
      <div className="flex-1 border-l-2 border-muted pl-3">
        <MemberText text={member.text} differing={differing} conflicting={conflicting} />
      </div>
      <footer className="flex flex-col gap-2 border-t pt-3">
        <div className="flex items-center justify-between gap-2">
          {canEditStance ? (
            <StanceSelect value={member.stance} label={`Stance of ${member.outlet || member.articleTitle}`} disabled={busy} onChange={onStance} />
          ) : (
            <StanceBadge stance={member.stance} />
          )}
          <ReviewStateBadge state={member.reviewState} />
        </div>
        <p className="text-xs text-muted-foreground">Marked by {member.authorName}</p>
        {canReview ? (
          <div className="flex gap-2">
            <Button size="sm" variant="outline" disabled={busy || member.reviewState === "ACCEPTED"} onClick={() => onReview("ACCEPT")}>
              Accept link
            </Button>
            <Button size="sm" variant="ghost" disabled={busy || member.reviewState === "REJECTED"} onClick={() => onReview("REJECT")}>
              Reject link
            </Button>
          </div>
        ) : null}
      </footer>
    </article>
  );
}
