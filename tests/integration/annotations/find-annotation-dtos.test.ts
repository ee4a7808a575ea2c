import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { findAnnotationDTOs } from "@/lib/server/annotation/find-annotation-dtos";
import { listAnnotations } from "@/lib/server/annotation/list-annotations";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import { createAnnotationFixture } from "./support/create-annotation-fixture";
import { withProjectAccess } from "@/tests/support/with-project-access";
import { columnRowsToDTOs } from "@/tests/support/column-rows-to-dtos";
import { findAnnotationColumnRows } from "@/lib/server/annotation/find-annotation-column-rows";
import { listAnnotationColumnRows } from "@/lib/server/annotation/list-annotation-column-rows";
import { annotationListWhere, type AnnotationListScope } from "@/lib/server/annotation/annotation-list-scope";

const ORDER: Prisma.AnnotationOrderByWithRelationInput[] = [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }, { id: "asc" }];

// The single nested query findAnnotationDTOs replaces: what it must equal.
async function reference(where: Prisma.AnnotationWhereInput) {
  return (await db.annotation.findMany({ where, orderBy: ORDER, select: annotationDtoSelect })).map(toAnnotationDTO);
}

// Two authors' claims and mentions on one article, with everything a row can
// carry: entity links (one to a mention), live and deleted evidence, notes,
// verdicts, a deleted and an orphaned annotation, one on an older revision
// and one on another article.
async function fill() {
  const f = await createAnnotationFixture();
  const base = { projectId: f.project.id, articleId: f.article.id, revision: 1 };
  const create = (data: Omit<Prisma.AnnotationUncheckedCreateInput, "projectId" | "articleId" | "revision">, revision = 1) =>
    db.annotation.create({ data: { ...base, revision, ...data }, select: { id: true } });
  const entity = await db.entity.create({ data: { projectId: f.project.id, typeId: f.labels.person, name: "Hafiz Saeed", createdById: f.annotator.id } });
  const mention = await create({ kind: "ENTITY_MENTION", start: 0, end: 11, exact: "Hafiz Saeed", suffix: " met", authorId: f.annotator.id, entityId: entity.id, entityTypeId: f.labels.person });
  const claim = await create({
    kind: "CLAIM", start: 0, end: 15, exact: "Hafiz Saeed met", authorId: f.annotator.id, claimTypeId: f.labels.factual, statusId: f.labels.trueStatus,
    checkWorthiness: 4, confidence: 0.75, note: "internal", summary: "Saeed met leaders", verdictExplanation: "Police said so.", reviewState: "ACCEPTED", version: 3,
  });
  await db.claimEntity.create({ data: { claimId: claim.id, entityId: entity.id, role: "SUBJECT", mentionId: mention.id } });
  await db.claimEntity.create({ data: { claimId: claim.id, entityId: entity.id, role: "CLAIMANT" } });
  await db.evidence.createMany({
    data: [
      { claimId: claim.id, url: "https://example.org/b", stance: "REFUTES", position: 1, createdById: f.annotator.id },
      { claimId: claim.id, url: "https://example.org/a", title: "A", note: "first", stance: "SUPPORTS", position: 0, createdById: f.annotator.id },
      { claimId: claim.id, url: "https://example.org/gone", stance: "CONTEXT", position: 2, createdById: f.annotator.id, deletedAt: new Date() },
    ],
  });
  const colleague = await create({ kind: "CLAIM", start: 16, end: 27, exact: "LeT leaders", authorId: f.reviewer.id, isGold: true, textChangedAfterVerdict: true });
  await db.evidence.create({ data: { claimId: colleague.id, url: "https://example.org/c", stance: "CONTEXT", createdById: f.reviewer.id } });
  await create({ kind: "CLAIM", start: 31, end: 41, exact: "Gujranwala", authorId: f.reviewer.id, deletedAt: new Date(), deletedById: f.reviewer.id });
  await create({ kind: "CLAIM", start: 0, end: 0, exact: "vanished words", authorId: f.annotator.id, anchorState: "ORPHANED" });
  // Every stored span must cover its quote in its revision's text: other
  // files assert that over the whole shared test database.
  await db.articleRevision.create({
    data: { articleId: f.article.id, revision: 0, title: "Earlier", text: "Some old text", content: {}, contentHash: "earlier" },
  });
  await create({ kind: "CLAIM", start: 5, end: 8, exact: "old", authorId: f.annotator.id }, 0);
  const other = await createAnnotationFixture();
  await db.annotation.create({ data: { projectId: other.project.id, articleId: other.article.id, revision: 1, kind: "CLAIM", start: 0, end: 5, exact: "Hafiz", authorId: other.annotator.id } });
  return { f, base, claim };
}

describe("findAnnotationDTOs (real Postgres)", () => {
  it("returns exactly what the nested query returns, for every filter the lists use", async () => {
    const { f, base, claim } = await fill();
    const wheres: Prisma.AnnotationWhereInput[] = [
      base,
      { ...base, deletedAt: null },
      { AND: [{ ...base, deletedAt: null }, { authorId: f.annotator.id }] },
      { AND: [{ ...base, deletedAt: null }, { authorId: f.reviewer.id }] },
      { projectId: f.project.id },
      { id: "no such annotation" },
    ];
    for (const where of wheres) {
      const expected = await reference(where);
      expect(await findAnnotationDTOs(db, where, ORDER)).toEqual(expected);
    }
    // The case that matters is not vacuous: links, live evidence in order, others' rows.
    const all = await findAnnotationDTOs(db, base, ORDER);
    expect(all).toHaveLength(5);
    const found = all.find((a) => a.id === claim.id);
    expect(found?.entities.map((e) => e.role)).toEqual(["CLAIMANT", "SUBJECT"]);
    expect(found?.evidence.map((e) => e.url)).toEqual(["https://example.org/a", "https://example.org/b"]);
    expect(new Set(all.map((a) => a.author.name)).size).toBe(2);
  });

  it("keeps listAnnotations' blind-project rule: an annotator sees only their own until they submit", async () => {
    const { f, base } = await fill();
    await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
    const own = await withProjectAccess(f.annotator.id, f.slug, (access) => listAnnotations(access, f.article.id));
    expect(own).toEqual(await reference({ AND: [{ ...base, deletedAt: null }, { authorId: f.annotator.id }] }));
    expect(own.every((a) => a.author.id === f.annotator.id)).toBe(true);
    const reviewer = await withProjectAccess(f.reviewer.id, f.slug, (access) => listAnnotations(access, f.article.id, { includeDeleted: true }));
    expect(reviewer).toEqual(await reference(base));
  });

  it("the page's SQL read (findAnnotationColumnRows) gives the same annotations as the nested query, for every scope", async () => {
    const { f, base, claim } = await fill();
    const scope = { projectId: f.project.id, articleId: f.article.id, revision: 1 };
    const scopes: AnnotationListScope[] = [
      { ...scope, includeDeleted: true, authorId: null },
      { ...scope, includeDeleted: false, authorId: null },
      { ...scope, includeDeleted: false, authorId: f.annotator.id },
      { ...scope, includeDeleted: false, authorId: f.reviewer.id },
      { ...scope, revision: 0, includeDeleted: false, authorId: null },
      { ...scope, articleId: "no such article", includeDeleted: true, authorId: null },
    ];
    for (const s of scopes) {
      expect(columnRowsToDTOs(await findAnnotationColumnRows(db, s))).toEqual(await reference(annotationListWhere(s)));
    }
    // Not vacuous: the deleted one, links, evidence and the older revision are there.
    const all = columnRowsToDTOs(await findAnnotationColumnRows(db, scopes[0]!));
    expect(all).toHaveLength(5);
    expect(all.filter((a) => a.deletedAt !== null)).toHaveLength(1);
    expect(all.find((a) => a.id === claim.id)?.entities.map((e) => e.role)).toEqual(["CLAIMANT", "SUBJECT"]);
    expect((await findAnnotationColumnRows(db, scopes[4]!)).rows.map((a) => a.exact)).toEqual(["old"]);
    expect(await reference({ ...base, deletedAt: null, authorId: f.reviewer.id })).toHaveLength(1);
  });

  it("the page's list (listAnnotationColumnRows) is listAnnotations' list for each viewer, blind project included", async () => {
    const { f } = await fill();
    const both = (userId: string) =>
      withProjectAccess(userId, f.slug, async (access) => ({
        rows: columnRowsToDTOs(await listAnnotationColumnRows(access, f.article.id)),
        list: await listAnnotations(access, f.article.id),
      }));
    const open = await both(f.annotator.id);
    expect(open.rows).toEqual(open.list);
    expect(new Set(open.list.map((a) => a.author.id)).size).toBe(2);
    await db.project.update({ where: { id: f.project.id }, data: { blindAnnotation: true } });
    const blind = await both(f.annotator.id);
    expect(blind.rows).toEqual(blind.list);
    expect(blind.rows.length).toBeGreaterThan(0);
    expect(blind.rows.every((a) => a.author.id === f.annotator.id)).toBe(true);
    const reviewer = await both(f.reviewer.id);
    expect(reviewer.rows).toEqual(reviewer.list);
    expect(new Set(reviewer.rows.map((a) => a.author.id)).size).toBe(2);
    // Another project's article is not found, as with listAnnotations.
    const other = await createAnnotationFixture();
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => listAnnotationColumnRows(access, other.article.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
