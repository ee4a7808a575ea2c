import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { codePointLength } from "@/lib/anchoring/code-point-length";
import type { GoldBoardView } from "@/lib/server/adjudication/get-gold-board";
import type { GoldGroupView, GoldSourceView } from "@/components/adjudication/types";

// Code points of context either side of a group, for drawing a new span; the
// cut is moved to the nearest space within SNAP so no word is shown halved.
const CONTEXT = 160;
const SNAP = 40;

function excerptAround(text: ReturnType<typeof createCodePointIndex>, from: number, to: number): { text: string; start: number } {
  let start = Math.max(0, from - CONTEXT);
  const end = Math.min(text.length, to + CONTEXT);
  let excerpt = text.slice(start, end);
  if (start > 0) {
    const cut = excerpt.search(/\s/);
    if (cut >= 0 && cut < SNAP) {
      start += codePointLength(excerpt.slice(0, cut + 1));
      excerpt = excerpt.slice(cut + 1);
    }
  }
  if (end < text.length) {
    const tail = excerpt.slice(-SNAP).search(/\s\S*$/);
    if (tail >= 0) excerpt = excerpt.slice(0, excerpt.length - Math.min(SNAP, excerpt.length) + tail);
  }
  return { text: excerpt, start };
}

const toSource = (a: GoldSourceView): GoldSourceView => ({
  id: a.id, kind: a.kind, start: a.start, end: a.end, exact: a.exact, statusId: a.statusId, claimTypeId: a.claimTypeId,
  entityId: a.entityId, entityTypeId: a.entityTypeId, note: a.note,
});

/** The board as plain JSON for the client components: only what they show. */
export function toGoldGroupViews(board: GoldBoardView): GoldGroupView[] {
  const text = createCodePointIndex(board.article.text);
  return board.groups.map((group) => {
    const goldIds = group.resolution.state === "gold" ? group.resolution.goldIds : [];
    return {
      key: group.key,
      kind: group.kind,
      differences: group.differences,
      spans: group.spans.map((span) => (span ? toSource(span) : null)),
      state: group.resolution.state,
      golds: board.golds.filter((g) => goldIds.includes(g.id)).map((g) => ({ ...toSource(g), version: g.version })),
      excerpt: excerptAround(text, group.start, group.end),
    };
  });
}
