import { expect } from "vitest";
import { db } from "@/lib/db";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";

// Every stored annotation covers exactly its `exact` in the text of the
// revision it names (the current text, or the revision row for older ones).
// Run after each annotation test file, over the whole test database.
export async function assertStoredSpans(): Promise<number> {
  const annotations = await db.annotation.findMany({
    where: { anchorState: "ANCHORED" },
    select: {
      id: true,
      revision: true,
      start: true,
      end: true,
      exact: true,
      article: { select: { revision: true, text: true, revisions: { select: { revision: true, text: true } } } },
    },
  });
  for (const a of annotations) {
    const text =
      a.revision === a.article.revision ? a.article.text : a.article.revisions.find((r) => r.revision === a.revision)?.text;
    expect(text, `annotation ${a.id}: no text for revision ${a.revision}`).toBeDefined();
    expect(sliceCodePoints(text ?? "", a.start, a.end), `annotation ${a.id}`).toBe(a.exact);
  }
  return annotations.length;
}
