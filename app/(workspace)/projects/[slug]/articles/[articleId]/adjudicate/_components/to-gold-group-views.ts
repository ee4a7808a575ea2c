import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import type { GoldBoardView } from "@/lib/server/adjudication/get-gold-board";
import type { GoldGroupView, GoldSourceView } from "@/components/adjudication/types";

// Code points of context either side of a group, for drawing a new span.
const CONTEXT = 160;

const toSource = (a: GoldSourceView): GoldSourceView => ({
  id: a.id, kind: a.kind, start: a.start, end: a.end, exact: a.exact, statusId: a.statusId, claimTypeId: a.claimTypeId,
  entityId: a.entityId, entityTypeId: a.entityTypeId, note: a.note,
});

/** The board as plain JSON for the client components: only what they show. */
export function toGoldGroupViews(board: GoldBoardView): GoldGroupView[] {
  const text = createCodePointIndex(board.article.text);
  return board.groups.map((group) => {
    const start = Math.max(0, group.start - CONTEXT);
    const end = Math.min(text.length, group.end + CONTEXT);
    const goldIds = group.resolution.state === "gold" ? group.resolution.goldIds : [];
    return {
      key: group.key,
      kind: group.kind,
      differences: group.differences,
      spans: group.spans.map((span) => (span ? toSource(span) : null)),
      state: group.resolution.state,
      golds: board.golds.filter((g) => goldIds.includes(g.id)).map((g) => ({ ...toSource(g), version: g.version })),
      excerpt: { text: text.slice(start, end), start },
    };
  });
}
