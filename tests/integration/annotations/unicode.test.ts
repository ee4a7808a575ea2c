import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { listAnnotations } from "@/lib/server/annotation/list-annotations";
import { createTestArticle } from "./support/create-test-article";
import { createAnnotationFixture } from "./support/create-annotation-fixture";
import { countProjectRows } from "./support/count-project-rows";
import { assertStoredSpans } from "./support/assert-stored-spans";
import { withProjectAccess } from "@/tests/support/with-project-access";

// "😀" (U+1F600) and "𝔘" (U+1D518) are one code point but two UTF-16 units
// each; "🇵🇰" is two code points (regional indicators), four units.
const TEXT = "Crowd 😀 cheered; the 𝔘nion flag 🇵🇰 flew as the minister said turnout was 62%.";

afterAll(async () => {
  await assertStoredSpans();
});

describe("offsets count Unicode code points (real Postgres)", () => {
  it("annotates after astral characters with code-point offsets, and stores the context in code points", async () => {
    const f = await createAnnotationFixture();
    const article = await createTestArticle(f.project.id, TEXT, f.owner.id);
    // Counted by hand: "Crowd " 6, 😀 1, " cheered; the " 14, "𝔘nion" 5, " flag " 6, 🇵🇰 2, " flew as the " 13.
    expect(TEXT.indexOf("minister")).toBe(51); // UTF-16: 4 units more than code points
    const start = 47;
    const end = 55;
    expect(sliceCodePoints(TEXT, start, end)).toBe("minister");

    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, article.id, { kind: "CLAIM", revision: 1, start, end, exact: "minister" }));
    expect(claim).toMatchObject({ start: 47, end: 55, exact: "minister" });
    // 32 code points back from "minister" start at "; the": 35 UTF-16 units.
    expect(claim.prefix).toBe("; the 𝔘nion flag 🇵🇰 flew as the ");
    expect([...claim.prefix].length).toBe(32);
    expect(claim.prefix.length).toBe(35);
    expect(claim.suffix).toBe(" said turnout was 62%.");
  });

  it("refuses UTF-16 offsets for text after astral characters (400) and stores nothing", async () => {
    const f = await createAnnotationFixture();
    const article = await createTestArticle(f.project.id, TEXT, f.owner.id);
    const before = await countProjectRows(f.project.id);
    const utf16Start = TEXT.indexOf("minister");
    await expect(
      withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, article.id, { kind: "CLAIM", revision: 1, start: utf16Start, end: utf16Start + 8, exact: "minister" })),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Offsets count Unicode code points") });
    expect(await countProjectRows(f.project.id)).toEqual(before);
  });

  it("annotates the astral characters themselves: an emoji is a one-code-point span, a flag two", async () => {
    const f = await createAnnotationFixture();
    const article = await createTestArticle(f.project.id, TEXT, f.owner.id);
    const emoji = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, article.id, {
      kind: "ENTITY_MENTION",
      revision: 1,
      start: 6,
      end: 7,
      exact: "😀",
      prefix: "Crowd ",
      suffix: " cheered",
      entityTypeId: f.labels.organization,
    }));
    expect(emoji).toMatchObject({ start: 6, end: 7, exact: "😀", prefix: "Crowd " });
    const word = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, article.id, {
      kind: "ENTITY_MENTION",
      revision: 1,
      start: 21,
      end: 26,
      exact: "𝔘nion",
      entityTypeId: f.labels.organization,
    }));
    expect(word.suffix.startsWith(" flag 🇵🇰 flew")).toBe(true);
    const flag = await withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, word.id, { version: 1, start: 32, end: 34, exact: "🇵🇰" }));
    expect(flag).toMatchObject({ start: 32, end: 34, exact: "🇵🇰", prefix: "Crowd 😀 cheered; the 𝔘nion flag " });
    // Half a surrogate pair is never a valid exact.
    await expect(
      withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, article.id, { kind: "CLAIM", revision: 1, start: 6, end: 7, exact: "\uD83D" })),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const listed = await withProjectAccess(f.viewer.id, f.slug, (access) => listAnnotations(access, article.id));
    expect(listed.map((a) => a.exact)).toEqual(["😀", "🇵🇰"]);
    const rows = await db.annotation.findMany({ where: { articleId: article.id } });
    for (const row of rows) expect(sliceCodePoints(TEXT, row.start, row.end)).toBe(row.exact);
  });
});
