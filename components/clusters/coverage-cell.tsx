import type { CoverageArticle, CoverageCell as Cell } from "@/lib/clusters/coverage-matrix";
import { cn } from "@/lib/cn";
import { stanceGlyphs, stanceLabels, stanceTone } from "./stance-labels";

type CoverageCellProps = {
  cell: Cell | undefined;
  article: CoverageArticle;
  factTitle: string;
  active: boolean;
  // "row:col" in the grid, for focus moves.
  pos: string;
  onFocusCell: () => void;
  onOpen?: (annotationId: string) => void;
};

// One outlet × fact cell: a stance glyph per member (colour, shape and the
// words for screen readers), a red ring where its words conflict with the
// other outlets'. Empty cells are a faint dot: "does not report this".
export function CoverageCell({ cell, article, factTitle, active, pos, onFocusCell, onOpen }: CoverageCellProps) {
  const members = cell?.members ?? [];
  const conflict = members.some((m) => m.stance === "CONTRADICTS" || m.conflicts.length > 0);
  const outlet = article.outlet || article.title;
  const label =
    members.length === 0
      ? `${outlet}: does not report “${factTitle}”`
      : `${outlet}: ${members
          .map((m) => `${stanceLabels[m.stance].toLowerCase()}${m.conflicts.length > 0 ? ` (differs on ${m.conflicts.join(", ")})` : ""}: “${m.text}”`)
          .join("; ")}. Enter opens it in the article.`;
  return (
    <td
      role="gridcell"
      tabIndex={active ? 0 : -1}
      aria-label={label}
      data-article-id={article.id}
      data-annotation-id={members[0]?.annotationId}
      data-conflict={conflict ? "" : undefined}
      data-pos={pos}
      onFocus={onFocusCell}
      onClick={() => members[0] && onOpen?.(members[0].annotationId)}
      title={members.map((m) => `${stanceLabels[m.stance]}: ${m.text}`).join("\n") || undefined}
      className={cn(
        "h-12 min-w-20 border-b border-l p-1 text-center align-middle outline-none",
        "focus-visible:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset",
        members.length > 0 && "cursor-pointer",
      )}
    >
      {members.length === 0 ? (
        <span aria-hidden="true" className="text-muted-foreground/50">
          ·
        </span>
      ) : (
        <span aria-hidden="true" className="inline-flex flex-wrap items-center justify-center gap-1">
          {members.map((m) => (
            <span
              key={m.memberId}
              className={cn(
                "inline-flex size-8 items-center justify-center rounded-full border text-sm font-semibold",
                stanceTone[m.stance],
                (m.stance === "CONTRADICTS" || m.conflicts.length > 0) && "ring-2 ring-rose-500 ring-offset-1 ring-offset-background",
                m.reviewState === "REJECTED" && "opacity-40 line-through",
              )}
            >
              {stanceGlyphs[m.stance]}
            </span>
          ))}
        </span>
      )}
    </td>
  );
}
