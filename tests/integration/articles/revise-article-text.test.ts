import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";
import * as revisionsRoute from "@/app/api/projects/[slug]/articles/[articleId]/revisions/route";
import type { RevisionPreview } from "@/lib/server/article/preview-revision";
import type { ArticleRevisionListItem } from "@/lib/server/article/list-article-revisions";
import { isAppError } from "@/lib/errors/app-error";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { docToText } from "@/lib/article-content/doc-to-text";
import type { DocJSON } from "@/lib/article-content/types";
import { contentHash } from "@/lib/import/content-hash";
import { ARTICLE_TEXT_MAX } from "@/lib/validations/article-revision";
import { reviseArticleText, type RevisionResult } from "@/lib/server/article/revise-article-text";
import { previewRevision } from "@/lib/server/article/preview-revision";
import { listArticleRevisions } from "@/lib/server/article/list-article-revisions";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";
import { restoreAnnotation } from "@/lib/server/annotation/restore-annotation";
import { createEntity } from "@/lib/server/entity/create-entity";
import { createAnnotationFixture } from "@/tests/integration/annotations/support/create-annotation-fixture";
import { countProjectRows } from "@/tests/integration/annotations/support/count-project-rows";
import { assertStoredSpans } from "@/tests/integration/annotations/support/assert-stored-spans";
import { spanOf } from "@/tests/integration/annotations/support/span-of";
import { createRevisionFixture, type AnnotationSpec } from "./support/create-revision-fixture";
import { moveParagraphToEnd, replaceOnce, type Provenance } from "./support/text-provenance";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { transaction } from "@/lib/db/transaction";

afterAll(async () => {
  await assertStoredSpans();
});

// Claims and mentions on the first demo article: nested (a mention inside a
// claim), overlapping (guest/overlap), repeated words ("Zaheer" many times),
// verdicts (true, false, mostly_true, mixed) and non-verdicts (unverified,
// in_progress).
const SPECS = {
  senior: { kind: "CLAIM", quote: "senior Hamas and Lashkar-e-Taiba (LeT) commanders together at an event in Pakistan’s Gujranwala", status: "true" },
  gujranwala: { kind: "ENTITY_MENTION", quote: "Gujranwala", within: "Pakistan’s Gujranwala has" },
  pmml: { kind: "ENTITY_MENTION", quote: "Pakistan Markazi Muslim League (PMML)" },
  front: { kind: "CLAIM", quote: "widely seen as a political front for LeT", status: "unverified" },
  stage: { kind: "CLAIM", quote: "featured Hamas commander Naji Zaheer and LeT’s Rashid Ali Sandhu sharing a stage", status: "false" },
  naji: { kind: "ENTITY_MENTION", quote: "Naji Zaheer", within: "commander Naji Zaheer and" },
  sandhu: { kind: "ENTITY_MENTION", quote: "Rashid Ali Sandhu" },
  guest: { kind: "CLAIM", quote: "the footage reveals Zaheer attending the PMML event as a chief guest", status: "mostly_true" },
  zaheerGuest: { kind: "ENTITY_MENTION", quote: "Zaheer", within: "reveals Zaheer attending" },
  overlap: { kind: "CLAIM", quote: "chief guest, with Sandhu present under the guise", status: "unverified" },
  analysts: { kind: "CLAIM", quote: "Security analysts say the meeting reflects not only greater visibility of Hamas figures within Pakistan", status: "unverified" },
  visitor: { kind: "CLAIM", quote: "Zaheer, a key Hamas operative, has been a frequent visitor to Pakistan and Pakistan-occupied Kashmir (PoK)", status: "true" },
  zaheerOperative: { kind: "ENTITY_MENTION", quote: "Zaheer", within: "Zaheer, a key Hamas operative" },
  february: { kind: "CLAIM", quote: "In February 2025, he travelled to PoK days before a terror strike in Pahalgam, India", status: "in_progress" },
  criticism: { kind: "CLAIM", quote: "The event drew sharp criticism from New Delhi as evidence of trans-border extremist linkages.", status: "unverified" },
  delhi: { kind: "ENTITY_MENTION", quote: "New Delhi" },
  pressClub: { kind: "CLAIM", quote: "In January 2024, Zaheer spoke at the Karachi Press Club.", status: "true" },
  karachiClub: { kind: "ENTITY_MENTION", quote: "Karachi Press Club" },
  bar: { kind: "CLAIM", quote: "In April 2024, he was felicitated by the Islamabad High Court Bar Association.", status: "true" },
  quetta: { kind: "CLAIM", quote: "Subsequent appearances by Zaheer in Quetta and Karachi at large-scale conferences", status: "unverified" },
  quettaPlace: { kind: "ENTITY_MENTION", quote: "Quetta" },
  aqsa: { kind: "ENTITY_MENTION", quote: "“Al-Aqsa Storm”" },
  experts: { kind: "CLAIM", quote: "these repeated interactions are not isolated", status: "unverified" },
  trumpPlan: { kind: "CLAIM", quote: "Under Trump’s 20-point Gaza plan, an international force is proposed to oversee reconstruction", status: "unverified" },
  trump: { kind: "ENTITY_MENTION", quote: "Trump" },
  gazaPlan: { kind: "ENTITY_MENTION", quote: "Gaza", within: "20-point Gaza plan" },
  army: { kind: "CLAIM", quote: "Washington has reportedly signalled expectations that the Pakistan Army might contribute to that mission", status: "mixed" },
  islamabad: { kind: "ENTITY_MENTION", quote: "Islamabad", within: "Islamabad’s counterterror" },
} satisfies Record<string, AnnotationSpec>;
type Key = keyof typeof SPECS;

const CRITICISM = " The event drew sharp criticism from New Delhi as evidence of trans-border extremist linkages.";

function paragraphStartingWith(text: string, start: string): string {
  const at = text.indexOf(start);
  const end = text.indexOf("\n\n", at);
  return text.slice(at, end < 0 ? undefined : end);
}

type Step = {
  name: string;
  edit: (text: string) => Provenance;
  // Annotations (by spec key) expected to end up in each state after the step.
  orphaned?: Key[];
  changed?: Key[];
  flagged?: Key[];
  reattached?: Key[];
};

const STEPS: Step[] = [
  {
    name: "insert a sentence before annotated text",
    edit: (t) => replaceOnce(t, "Though undated, the footage", "Officials have not confirmed when the video was recorded. Though undated, the footage"),
  },
  {
    name: "insert a word inside a claim that has a verdict",
    edit: (t) => replaceOnce(t, "(LeT) commanders together", "(LeT) military commanders together"),
    changed: ["senior"],
    flagged: ["senior"],
  },
  {
    name: "change a word inside a verdict claim overlapping a claim without one",
    edit: (t) => replaceOnce(t, "as a chief guest", "as a principal guest"),
    changed: ["guest", "overlap"],
    flagged: ["guest"],
  },
  {
    name: "change a word inside a claim without a verdict",
    edit: (t) => replaceOnce(t, "not only greater visibility", "not only growing visibility"),
    changed: ["analysts"],
  },
  { name: "delete a sentence", edit: (t) => replaceOnce(t, CRITICISM, ""), orphaned: ["criticism", "delhi"] },
  // Orphans stay listed until someone re-attaches them.
  { name: "move a paragraph", edit: (t) => moveParagraphToEnd(t, "The developments also come"), orphaned: ["criticism", "delhi"] },
  {
    name: "delete a paragraph containing annotations",
    edit: (t) => replaceOnce(t, `${paragraphStartingWith(t, "Subsequent appearances")}\n\n`, ""),
    orphaned: ["quetta", "quettaPlace", "aqsa", "criticism", "delhi"],
  },
  {
    name: "put a deleted sentence back",
    edit: (t) => replaceOnce(t, "Jaish-e-Mohammed.\n\n", `Jaish-e-Mohammed.${CRITICISM}\n\n`),
    orphaned: ["quetta", "quettaPlace", "aqsa"],
    reattached: ["criticism", "delhi"],
  },
];

const annotationState = (articleId: string) =>
  db.annotation.findMany({
    where: { articleId },
    select: {
      id: true,
      revision: true,
      start: true,
      end: true,
      exact: true,
      prefix: true,
      suffix: true,
      anchorState: true,
      textChangedAfterVerdict: true,
      version: true,
      deletedAt: true,
      updatedAt: true,
    },
  });
type State = Awaited<ReturnType<typeof annotationState>>[number];

function expectOnItsOwnWords(placed: { start: number; end: number }, truth: Provenance, old: { start: number; end: number }, label: string) {
  const region = truth.region(old);
  expect(placed.start, label).toBeGreaterThanOrEqual(region.start);
  expect(placed.end, label).toBeLessThanOrEqual(region.end);
  for (const kept of truth.survivors(old)) {
    expect(placed.start <= kept.start && kept.end <= placed.end, `${label}: drops some of its own words`).toBe(true);
  }
}

function sorted(ids: Iterable<string>): string[] {
  return [...ids].sort();
}

describe("reviseArticleText: scripted corrections of a demo article (real Postgres)", () => {
  it("keeps every annotation on the same words or lists it as orphaned, step after step", async () => {
    const f = await createRevisionFixture("article-000.txt", SPECS);
    const keyOf = new Map(Object.entries(f.ids).map(([key, id]) => [id as string, key as Key]));
    const ids = (keys: Key[] = []) => sorted(keys.map((key) => f.ids[key]));
    let text = f.article.text;
    let annotationsSeen = 0;

    for (const [index, step] of STEPS.entries()) {
      const revision = index + 2;
      const truth = step.edit(text);
      const before = new Map((await annotationState(f.article.id)).map((a) => [a.id, a]));
      annotationsSeen += [...before.values()].filter((a) => !a.deletedAt).length;
      const input = { baseRevision: revision - 1, text: truth.text, note: step.name };

      const preview = await withProjectAccess(f.owner.id, f.slug, (access) => previewRevision(access, f.article.id, input));
      const savedFrom = Date.now();
      const result = await withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, input));
      const after = await annotationState(f.article.id);
      // Bulk and per-row writes alike stamp the time of the correction.
      for (const a of after) expect(Math.abs(a.updatedAt.getTime() - savedFrom), step.name).toBeLessThan(30_000);
      const label = (a: State) => `${step.name}: ${keyOf.get(a.id)}`;

      // What the preview promised is what the save did.
      expect(result.revision, step.name).toBe(revision);
      expect(preview.counts, step.name).toEqual({
        total: before.size,
        anchored: result.anchored,
        changed: result.changed,
        flagged: result.flagged,
        orphaned: result.orphaned.length,
      });
      expect(sorted(preview.annotations.filter((a) => a.outcome === "orphaned").map((a) => a.id)), step.name).toEqual(
        sorted(result.orphaned.map((o) => o.id)),
      );

      // The step's expected outcome, exactly.
      expect(sorted(result.orphaned.map((o) => o.id)), step.name).toEqual(ids(step.orphaned));
      const changed = after.filter((a) => a.anchorState === "ANCHORED" && a.exact !== before.get(a.id)?.exact && before.get(a.id)?.anchorState === "ANCHORED");
      expect(sorted(changed.map((a) => a.id)), step.name).toEqual(ids(step.changed));
      expect(result.changed, step.name).toBe(step.changed?.length ?? 0);
      const newlyFlagged = after.filter((a) => a.textChangedAfterVerdict && !before.get(a.id)?.textChangedAfterVerdict);
      expect(sorted(newlyFlagged.map((a) => a.id)), step.name).toEqual(ids(step.flagged));
      expect(result.flagged, step.name).toBe(step.flagged?.length ?? 0);
      for (const o of result.orphaned) expect(o.exact, step.name).toBe(before.get(o.id)?.exact);

      for (const a of after) {
        const old = before.get(a.id)!;
        expect(a.revision, label(a)).toBe(revision);
        expect(a.version, label(a)).toBe(old.version + 1);
        expect(a.textChangedAfterVerdict || !old.textChangedAfterVerdict, `${label(a)}: a flag is never cleared`).toBe(true);
        if (a.anchorState === "ORPHANED") {
          // Kept as it was last placed, so the orphan list can show what to re-attach.
          expect({ ...a, revision: old.revision, version: old.version, anchorState: old.anchorState, updatedAt: old.updatedAt }, label(a)).toEqual(old);
          continue;
        }
        // On the new text, with the stored selector describing it there.
        const quote = describeQuote(truth.text, a.start, a.end);
        expect(sliceCodePoints(truth.text, a.start, a.end), label(a)).toBe(a.exact);
        expect([a.prefix, a.suffix], label(a)).toEqual([quote.prefix, quote.suffix]);
        if (old.anchorState === "ORPHANED") {
          // Re-found by its whole stored quote and context, verbatim.
          expect(step.reattached, label(a)).toContain(keyOf.get(a.id));
          expect([a.exact, a.prefix, a.suffix], label(a)).toEqual([old.exact, old.prefix, old.suffix]);
          continue;
        }
        const same = truth.locate(old);
        if (same) {
          // Untouched by the edit: exactly where those words went.
          expect({ start: a.start, end: a.end, exact: a.exact }, label(a)).toEqual({ ...same, exact: old.exact });
        } else {
          // Touched: on all that is left of its own words plus what was
          // inserted among them, and nothing else.
          expectOnItsOwnWords(a, truth, old, label(a));
        }
      }
      text = truth.text;
    }

    // The flags set on the way are still there; the rest never got one.
    const flagged = (await annotationState(f.article.id)).filter((a) => a.textChangedAfterVerdict).map((a) => keyOf.get(a.id));
    expect(flagged.sort()).toEqual(["guest", "senior"]);

    // Every revision is kept, with its document, hash and note.
    const revisions = await db.articleRevision.findMany({ where: { articleId: f.article.id }, orderBy: { revision: "asc" } });
    expect(revisions.map((r) => r.revision)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const r of revisions) {
      expect(docToText(r.content as DocJSON)).toBe(r.text);
      expect(r.contentHash).toBe(contentHash(r.text));
    }
    expect(revisions.slice(1).map((r) => [r.note, r.createdById])).toEqual(STEPS.map((s) => [s.name, f.owner.id]));
    const article = await db.article.findUniqueOrThrow({ where: { id: f.article.id } });
    expect(article).toMatchObject({ revision: 9, version: 9, text, contentHash: contentHash(text) });
    expect(docToText(article.content as DocJSON)).toBe(text);

    // Audit: one row per correction and one per re-anchored annotation; one event per correction.
    const audit = await db.auditLog.findMany({ where: { projectId: f.project.id, action: { in: ["article.revise", "annotation.reanchor"] } }, orderBy: { id: "asc" } });
    const revises = audit.filter((a) => a.action === "article.revise");
    expect(revises).toHaveLength(STEPS.length);
    expect(revises[4]).toMatchObject({
      actorId: f.owner.id,
      entityType: "Article",
      entityId: f.article.id,
      before: { revision: 5, annotations: 28 },
      after: { revision: 6, note: "delete a sentence", anchored: 26, changed: 0, flagged: 0, orphaned: 2 },
    });
    expect(audit.filter((a) => a.action === "annotation.reanchor")).toHaveLength(annotationsSeen);
    const events = await db.event.findMany({ where: { projectId: f.project.id, type: "article.revised" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.payload)).toEqual(STEPS.map((_, i) => ({ revision: i + 2 })));
    expect(events.every((e) => e.articleId === f.article.id && e.actorId === f.owner.id)).toBe(true);
  });

  // KNOWN ISSUE in lib/anchoring/reanchor-annotation.ts (step 3, fuzzy): a
  // word inserted next to a span's first or last word loses that word, e.g.
  // "Hafiz Saeed met LeT leaders" → "Hafiz Saeed met LeT senior " and "The
  // meeting lasted three hours" → "cret meeting lasted three hours", because
  // the candidate with fewer edits wins over the one that covers all the
  // annotation's own surviving text. Remove `.fails` once anchoring prefers
  // that one; each case must then keep all its words.
  it("an insertion next to a span's edge word keeps that word inside the span", async () => {
    const cases: Array<[quote: string, find: string, replace: string]> = [
      ["Hafiz Saeed met LeT leaders", "LeT leaders", "LeT senior leaders"],
      ["The meeting lasted three hours", "The meeting", "The secret meeting"],
    ];
    for (const [quote, find, replace] of cases) {
      const f = await createAnnotationFixture();
      const span = spanOf(f.article.text, quote);
      const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...span }));
      const truth = replaceOnce(f.article.text, find, replace);
      const result = await withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, { baseRevision: 1, text: truth.text, note: "" }));
      const placed = await db.annotation.findUniqueOrThrow({ where: { id: claim.id } });
      expect(result.orphaned).toEqual([]);
      expectOnItsOwnWords(placed, truth, span, quote);
    }
  });

  it("keeps headings that the correction left alone, and lists the history", async () => {
    const f = await createRevisionFixture("article-004.txt", {});
    const headings = (content: unknown) =>
      ((content as DocJSON).content ?? []).filter((b) => b.type === "heading").map((b) => docToText({ type: "doc", content: [b] }));
    const before = headings(f.article.content);
    expect(before).toContain("Conclusion");
    const text = f.article.text.replace("Conclusion", "In conclusion");
    await withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, { baseRevision: 1, text, note: "Heading reworded" }));
    const article = await db.article.findUniqueOrThrow({ where: { id: f.article.id } });
    expect(headings(article.content)).toEqual(before.filter((h) => h !== "Conclusion"));

    const history = await withProjectAccess(f.viewer.id, f.slug, (access) => listArticleRevisions(access, f.article.id));
    expect(history.map((r) => [r.revision, r.note, r.current, r.createdBy?.id])).toEqual([
      [2, "Heading reworded", true, f.owner.id],
      [1, "", false, f.owner.id],
    ]);
    expect(history[0]?.characters).toBe(Array.from(text).length);
    await expect(withProjectAccess(f.outsider.id, f.slug, (access) => listArticleRevisions(access, f.article.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("reviseArticleText: refusals change nothing", () => {
  async function snapshot(f: Awaited<ReturnType<typeof createAnnotationFixture>>) {
    const [rows, article, revisions] = await Promise.all([
      countProjectRows(f.project.id),
      db.article.findUniqueOrThrow({ where: { id: f.article.id }, select: { text: true, revision: true, version: true, contentHash: true } }),
      db.articleRevision.count({ where: { articleId: f.article.id } }),
    ]);
    return { rows, article, revisions, annotations: await annotationState(f.article.id) };
  }

  it("owners only: reviewers, annotators and viewers get FORBIDDEN, outsiders NOT_FOUND", async () => {
    const f = await createAnnotationFixture();
    await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police said") }));
    const input = { baseRevision: 1, text: f.article.text.replace("Monday", "Tuesday"), note: "" };
    const start = await snapshot(f);
    for (const user of [f.reviewer, f.annotator, f.viewer]) {
      await expect(withProjectAccess(user.id, f.slug, (access) => reviseArticleText(access, f.article.id, input))).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
      await expect(withProjectAccess(user.id, f.slug, (access) => previewRevision(access, f.article.id, input))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(withProjectAccess(f.outsider.id, f.slug, (access) => reviseArticleText(access, f.article.id, input))).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    await expect(withProjectAccess(f.outsider.id, f.slug, (access) => previewRevision(access, f.article.id, input))).rejects.toMatchObject({ code: "NOT_FOUND" });
    // An article of another project is not found, even for an owner there.
    const other = await createAnnotationFixture();
    await expect(withProjectAccess(other.owner.id, other.slug, (access) => reviseArticleText(access, f.article.id, input))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(f)).toEqual(start);
  });

  it("a stale baseRevision is a CONFLICT; unchanged or invalid text is BAD_REQUEST", async () => {
    const f = await createAnnotationFixture();
    await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police said") }));
    await withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, { baseRevision: 1, text: f.article.text.replace("Monday", "Tuesday"), note: "day" }));
    const start = await snapshot(f);
    const stale = { baseRevision: 1, text: f.article.text.replace("three hours", "four hours"), note: "" };
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, stale))).rejects.toMatchObject({
      code: "CONFLICT",
      status: 409,
      message: expect.stringContaining("now at revision 2, and you edited revision 1"),
    });
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => previewRevision(access, f.article.id, stale))).rejects.toMatchObject({ code: "CONFLICT" });

    const current = start.article.text;
    const refusals: Array<[unknown, string]> = [
      [{ baseRevision: 2, text: current }, "Nothing changed"],
      [{ baseRevision: 2, text: `\n\n${current.replace(/\n/g, "\r\n")}\r\n\r\n` }, "Nothing changed"],
      [{ baseRevision: 2, text: " \n\t\n" }, "The text is empty"],
      [{ baseRevision: 2, text: `${current}\u0000` }, "control character (U+0000)"],
      [{ baseRevision: 2, text: `a\u0007b` }, "(U+0007) at character 2"],
      [{ baseRevision: 2, text: `a\u0085b` }, "(U+0085)"],
      [{ baseRevision: 2, text: `a\ud800b` }, "half of a surrogate pair"],
      [{ baseRevision: 2, text: "x".repeat(ARTICLE_TEXT_MAX + 1) }, "the limit is 2,000,000"],
      [{ baseRevision: 0, text: "x" }, "baseRevision"],
      [{ baseRevision: 2, text: "x", note: "n".repeat(501) }, "at most 500 characters"],
      [{ baseRevision: 2, text: "x", extra: 1 }, "Unknown field: extra"],
      [null, "Send { baseRevision, text, note }"],
    ];
    for (const [input, message] of refusals) {
      await expect(withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, input)), message).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining(message),
      });
    }
    expect(await snapshot(f)).toEqual(start);
    // A dry run of the unchanged text answers rather than refuses.
    expect(await withProjectAccess(f.owner.id, f.slug, (access) => previewRevision(access, f.article.id, { baseRevision: 2, text: current }))).toMatchObject({
      unchanged: true,
      counts: { total: 1, anchored: 1, orphaned: 0 },
    });
  });

  it("normalises line endings and outer blank lines before saving", async () => {
    const f = await createAnnotationFixture();
    const corrected = f.article.text.replace("Monday", "Tuesday");
    await withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, { baseRevision: 1, text: `\r\n${corrected.replace(/\n/g, "\r\n")}\r\n`, note: "  crlf  " }));
    const article = await db.article.findUniqueOrThrow({ where: { id: f.article.id } });
    expect(article.text).toBe(corrected);
    const row = await db.articleRevision.findUniqueOrThrow({ where: { articleId_revision: { articleId: f.article.id, revision: 2 } } });
    expect(row.note).toBe("crlf");
  });
});

describe("reviseArticleText: deleted annotations and articles without history", () => {
  it("leaves soft-deleted annotations on their revision; restoring carries them over to the current text", async () => {
    const f = await createAnnotationFixture();
    const verdict = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
      kind: "CLAIM",
      revision: 1,
      ...spanOf(f.article.text, "The meeting lasted three hours"),
      statusId: f.labels.trueStatus,
    }));
    const deleted = await withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, verdict.id, { version: 1 }));
    const stored = await db.annotation.findUniqueOrThrow({ where: { id: verdict.id } });

    const text = `Updated: ${f.article.text.replace("three hours", "four hours")}`;
    const result = await withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, { baseRevision: 1, text, note: "" }));
    expect(result).toEqual({ revision: 2, anchored: 0, changed: 0, flagged: 0, orphaned: [] });
    expect(await db.annotation.findUniqueOrThrow({ where: { id: verdict.id } })).toEqual(stored);

    // Restoring carries it over to the corrected text, flagged: its verdict was on other words.
    const restored = await withProjectAccess(f.annotator.id, f.slug, (access) => restoreAnnotation(access, verdict.id, { version: deleted.version }));
    expect(restored).toMatchObject({ revision: 2, deletedAt: null, anchorState: "ANCHORED", exact: "The meeting lasted four hours" });
    const after = await db.annotation.findUniqueOrThrow({ where: { id: verdict.id } });
    expect(after).toMatchObject({ revision: 2, anchorState: "ANCHORED", exact: "The meeting lasted four hours", textChangedAfterVerdict: true });
    expect(sliceCodePoints(text, after.start, after.end)).toBe(after.exact);
  });

  it("writes the missing row of the old revision before the new one", async () => {
    const f = await createRevisionFixture("article-001.txt", { first: { kind: "CLAIM", quote: "Pakistan" , within: "Pakistan, long accused" } }, { revisionRow: false });
    expect(await db.articleRevision.count({ where: { articleId: f.article.id } })).toBe(0);
    const text = f.article.text.replace("long accused", "long since accused");
    await withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, { baseRevision: 1, text, note: "" }));
    const rows = await db.articleRevision.findMany({ where: { articleId: f.article.id }, orderBy: { revision: "asc" } });
    expect(rows.map((r) => [r.revision, r.text, r.contentHash])).toEqual([
      [1, f.article.text, f.article.contentHash],
      [2, text, contentHash(text)],
    ]);
  });
});

describe("reviseArticleText: concurrency (parallel on a Postgres server; queued on the embedded one)", () => {
  function outcomes(results: PromiseSettledResult<unknown>[]) {
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    for (const reason of refused) {
      // Never a 500 (deadlock, timeout, lost row): at most a clean CONFLICT.
      expect(isAppError(reason) ? { code: reason.code } : reason).toEqual({ code: "CONFLICT" });
    }
    return { landed: results.length - refused.length, refused: refused.length };
  }

  it("annotation edits, links, creates and deletes racing a correction: no deadlock, no 500, spans still right", async () => {
    for (let round = 0; round < 6; round++) {
      const f = await createAnnotationFixture();
      const text = f.article.text;
      const entity = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Hafiz Saeed" }));
      const mention = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
        kind: "ENTITY_MENTION",
        revision: 1,
        ...spanOf(text, "Hafiz Saeed"),
        entityId: entity.id,
      }));
      const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, {
        kind: "CLAIM",
        revision: 1,
        ...spanOf(text, "Hafiz Saeed met LeT leaders in Gujranwala"),
        statusId: f.labels.trueStatus,
      }));
      const other = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(text, "two officials") }));
      const gone = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(text, "three hours") }));
      // Same-length word swaps: an edit racing the correction finds its words where it left them
      // and is refused by its version check (409), not by the text check (400).
      const corrected = text.replace("Monday", "Friday").replace("asked not to be named", "asked not to be cited");

      const results = await Promise.allSettled([
        // Links the claim to the mention: a foreign-key check on the mention's row while holding the claim's.
        withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, claim.id, { version: 1, note: "linked", entities: [{ entityId: entity.id, role: "CLAIMANT", mentionId: mention.id }] })),
        withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, { baseRevision: 1, text: corrected, note: `round ${round}` })),
        withProjectAccess(f.reviewer.id, f.slug, (access) => updateAnnotation(access, mention.id, { version: 1, note: "checked" })),
        withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, other.id, { version: 1, ...spanOf(text, "two officials who") })),
        withProjectAccess(f.annotator.id, f.slug, (access) => deleteAnnotation(access, gone.id, { version: 1 })),
        withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(text, "police said") })),
        withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, { baseRevision: 1, text: `${text} (Updated.)`, note: "rival" })),
      ]);
      const { refused } = outcomes(results);
      // Two corrections of revision 1: exactly one lands.
      const revised = [results[1], results[6]].filter((r) => r?.status === "fulfilled");
      expect(revised, `round ${round}`).toHaveLength(1);
      expect(refused, `round ${round}`).toBeGreaterThanOrEqual(1);

      const article = await db.article.findUniqueOrThrow({ where: { id: f.article.id } });
      expect(article.revision).toBe(2);
      const live = await db.annotation.findMany({ where: { articleId: f.article.id, deletedAt: null } });
      for (const a of live) {
        expect(a.revision, `round ${round}: ${a.exact}`).toBe(2);
        if (a.anchorState === "ANCHORED") expect(sliceCodePoints(article.text, a.start, a.end)).toBe(a.exact);
      }
      // The claim's link, if it landed, survived the correction with it.
      const link = await db.claimEntity.findFirst({ where: { claimId: claim.id } });
      if (results[0]?.status === "fulfilled") expect(link?.mentionId).toBe(mention.id);
    }
  });

  // The interleaving that would deadlock with plain FOR UPDATE on the
  // annotation rows, forced step by step: an edit holds its claim's row (as
  // updateAnnotation does once it has written) and then links the claim to a
  // mention, which makes Postgres check the mention's row (FOR KEY SHARE)
  // while the correction, holding the article, has locked the mention and
  // waits for the claim. Needs concurrent connections, so a Postgres server.
  it.skipIf(!process.env.TEST_DATABASE_URL)("an edit linking a claim to a mention, interleaved with a correction, cannot deadlock", async () => {
    const f = await createAnnotationFixture();
    const entity = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Hafiz Saeed" }));
    const mention = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "ENTITY_MENTION", revision: 1, ...spanOf(f.article.text, "Hafiz Saeed"), entityId: entity.id }));
    const claim = await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "Hafiz Saeed met LeT leaders") }));
    // The correction locks in id order: the mention first, then it waits for the claim.
    expect(mention.id < claim.id).toBe(true);

    let holdingClaim!: () => void;
    const claimHeld = new Promise<void>((resolve) => (holdingClaim = resolve));
    const edit = transaction(async (tx) => {
      await tx.annotation.update({ where: { id: claim.id }, data: { note: "linking", version: { increment: 1 } } });
      holdingClaim();
      // Let the correction lock the article and the mention and block on the claim.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await tx.claimEntity.create({ data: { claimId: claim.id, entityId: entity.id, role: "CLAIMANT", mentionId: mention.id } });
    }, { timeout: 20_000 });
    await claimHeld;
    const correction = withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, { baseRevision: 1, text: f.article.text.replace("Monday", "Friday"), note: "" }));
    const [edited, corrected] = await Promise.allSettled([edit, correction]);
    const settled = (r: PromiseSettledResult<unknown>) => (r.status === "rejected" ? String(r.reason) : r.value);
    expect(settled(edited)).toBeUndefined();
    expect(settled(corrected)).toMatchObject({ revision: 2, anchored: 2 });
    // The correction waited for the edit, so it carried the edited claim over.
    expect(await db.annotation.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ note: "linking", version: 3, revision: 2 });
  });

  it("one of two corrections of the same revision lands; the other gets CONFLICT", async () => {
    const f = await createAnnotationFixture();
    await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "police said") }));
    const results = await Promise.allSettled(
      ["Tuesday", "Wednesday", "Thursday"].map((day) =>
        withProjectAccess(f.owner.id, f.slug, (access) => reviseArticleText(access, f.article.id, { baseRevision: 1, text: f.article.text.replace("Monday", day), note: day })),
      ),
    );
    const { landed } = outcomes(results);
    expect(landed).toBe(1);
    const won = results.find((r): r is PromiseFulfilledResult<RevisionResult> => r.status === "fulfilled")!.value;
    expect(won).toMatchObject({ revision: 2, anchored: 1 });
    expect(await db.articleRevision.count({ where: { articleId: f.article.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { projectId: f.project.id, action: "article.revise" } })).toBe(1);
  });
});

describe("revisions route (handlers called directly, real Postgres)", () => {
  async function tokenFor(userId: string): Promise<string> {
    const secret = `cd_${randomBytes(16).toString("hex")}`;
    await db.apiToken.create({ data: { userId, name: "test", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
    return secret;
  }
  function call(token: string, method: string, path: string, body?: unknown): Request {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    return new Request(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }

  it("dry run, save (201), list, 409 on a stale base, 403 for non-owners, bodies past 1 MB", async () => {
    const f = await createAnnotationFixture();
    await withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, { kind: "CLAIM", revision: 1, ...spanOf(f.article.text, "The meeting lasted three hours") }));
    const [owner, annotator] = await Promise.all([tokenFor(f.owner.id), tokenFor(f.annotator.id)]);
    const path = `/api/projects/${f.slug}/articles/${f.article.id}/revisions`;
    const params = { params: Promise.resolve({ slug: f.slug, articleId: f.article.id }) };
    const text = f.article.text.replace("three hours", "four hours");

    const dry = await revisionsRoute.POST(call(owner, "POST", `${path}?dryRun=1`, { baseRevision: 1, text, note: "" }), params);
    expect(dry.status).toBe(200);
    const { preview } = (await dry.json()) as { preview: RevisionPreview };
    expect(preview).toMatchObject({
      unchanged: false,
      counts: { total: 1, anchored: 1, changed: 1, flagged: 0, orphaned: 0 },
      edits: { changes: 1, insertedCharacters: 4, deletedCharacters: 5, shown: [{ removed: "three", inserted: "four", before: expect.stringMatching(/lasted $/) }] },
      annotations: [{ outcome: "changed", exact: "The meeting lasted three hours", newExact: "The meeting lasted four hours" }],
    });
    expect(await db.articleRevision.count({ where: { articleId: f.article.id } })).toBe(1);

    const refused = await revisionsRoute.POST(call(annotator, "POST", path, { baseRevision: 1, text, note: "" }), params);
    expect(refused.status).toBe(403);
    const saved = await revisionsRoute.POST(call(owner, "POST", path, { baseRevision: 1, text, note: "hours" }), params);
    expect(saved.status).toBe(201);
    expect(await saved.json()).toEqual({ result: { revision: 2, anchored: 1, changed: 1, flagged: 0, orphaned: [] } });
    const stale = await revisionsRoute.POST(call(owner, "POST", path, { baseRevision: 1, text: `${text}!`, note: "" }), params);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toEqual({ error: { code: "CONFLICT", message: expect.stringContaining("revision 2") } });

    const listed = await revisionsRoute.GET(call(annotator, "GET", path), params);
    const { revisions } = (await listed.json()) as { revisions: ArticleRevisionListItem[] };
    expect(revisions.map((r) => [r.revision, r.note, r.current])).toEqual([
      [2, "hours", true],
      [1, "", false],
    ]);

    // A long article's text is well past readJsonBody's default megabyte.
    const long = `${text}\n\n${"A long paragraph of corrected text. ".repeat(40_000)}`.trimEnd();
    const big = await revisionsRoute.POST(call(owner, "POST", `${path}?dryRun=1`, { baseRevision: 2, text: long, note: "" }), params);
    expect(big.status).toBe(200);
    expect(((await big.json()) as { preview: RevisionPreview }).preview.characters).toBe(Array.from(long).length);
  });
});
