import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AnnotationDTO, EntityDTO } from "@/lib/annotations/annotation-dto";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { updateAnnotation } from "@/lib/server/annotation/update-annotation";
import { createEntity } from "@/lib/server/entity/create-entity";
import { createTestArticle } from "./support/create-test-article";
import { ARTICLE_TEXT, createAnnotationFixture } from "./support/create-annotation-fixture";
import { countProjectRows } from "./support/count-project-rows";
import { spanOf } from "./support/span-of";
import { assertStoredSpans } from "./support/assert-stored-spans";
import { withProjectAccess } from "@/tests/support/with-project-access";

type Fixture = Awaited<ReturnType<typeof createAnnotationFixture>>;

let f: Fixture;
let other: Fixture;
let saeed: EntityDTO;
let city: EntityDTO;
let deletedEntity: EntityDTO;
let foreignEntity: EntityDTO;
let archivedClaimType: string;
let mention: AnnotationDTO;
let deletedMention: AnnotationDTO;
let cityMention: AnnotationDTO;
let otherArticleMention: AnnotationDTO;
let claim: AnnotationDTO;
let otherClaim: AnnotationDTO;
let unlinkedMention: AnnotationDTO;
let foreignClaim: AnnotationDTO;

beforeAll(async () => {
  [f, other] = await Promise.all([createAnnotationFixture(), createAnnotationFixture()]);
  const add = (input: Record<string, unknown>, articleId = f.article.id) => withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, articleId, { revision: 1, ...input }));
  saeed = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Hafiz Saeed" }));
  city = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.location, name: "Gujranwala" }));
  deletedEntity = await withProjectAccess(f.annotator.id, f.slug, (access) => createEntity(access, { typeId: f.labels.person, name: "Gone" }));
  await db.entity.update({ where: { id: deletedEntity.id }, data: { deletedAt: new Date() } });
  foreignEntity = await withProjectAccess(other.annotator.id, other.slug, (access) => createEntity(access, { typeId: other.labels.person, name: "Elsewhere" }));
  archivedClaimType = (
    await db.label.create({
      data: { projectId: f.project.id, kind: "CLAIM_TYPE", key: "retired", name: "Retired", color: "#000000", archivedAt: new Date() },
    })
  ).id;
  mention = await add({ kind: "ENTITY_MENTION", ...spanOf(f.article.text, "Hafiz Saeed"), entityId: saeed.id });
  cityMention = await add({ kind: "ENTITY_MENTION", ...spanOf(f.article.text, "Gujranwala"), entityId: city.id });
  deletedMention = await add({ kind: "ENTITY_MENTION", ...spanOf(f.article.text, "LeT"), entityTypeId: f.labels.organization });
  await db.annotation.update({ where: { id: deletedMention.id }, data: { deletedAt: new Date() } });
  const secondArticle = await createTestArticle(f.project.id, f.article.text);
  otherArticleMention = await add({ kind: "ENTITY_MENTION", ...spanOf(f.article.text, "Hafiz Saeed"), entityId: saeed.id }, secondArticle.id);
  claim = await add({ kind: "CLAIM", ...spanOf(f.article.text, "met LeT leaders"), evidence: [{ url: "https://a.example", stance: "SUPPORTS" }] });
  otherClaim = await add({ kind: "CLAIM", ...spanOf(f.article.text, "three hours"), evidence: [{ url: "https://b.example", stance: "SUPPORTS" }] });
  unlinkedMention = await add({ kind: "ENTITY_MENTION", ...spanOf(f.article.text, "officials"), entityTypeId: f.labels.person });
  foreignClaim = await withProjectAccess(other.annotator.id, other.slug, (access) => createAnnotation(access, other.article.id, {
    kind: "CLAIM",
    revision: 1,
    ...spanOf(other.article.text, "police"),
  }));
});

afterAll(async () => {
  await assertStoredSpans();
});

// Each refusal answers 400 with a message naming the problem and leaves every
// row of the project as it was.
// Messages that quote ids are functions: the ids exist only once beforeAll ran.
type Message = string | (() => string);

async function expectRefused(action: () => Promise<unknown>, message: Message) {
  const before = await countProjectRows(f.project.id);
  const expected = typeof message === "function" ? message() : message;
  await expect(action()).rejects.toMatchObject({ code: "BAD_REQUEST", status: 400, message: expected });
  expect(await countProjectRows(f.project.id)).toEqual(before);
}

const claimAt = (needle: string, extra: Record<string, unknown> = {}) => ({ kind: "CLAIM", revision: 1, ...spanOf(f.article.text, needle), ...extra });

describe("createAnnotation refuses bad input with 400 and changes nothing", () => {
  it.each<[string, () => Record<string, unknown>, Message]>([
    ["exact not at start..end", () => ({ ...claimAt("police"), exact: "polite" }), "exact does not match the article text between start and end. Offsets count Unicode code points; if the article changed, reload it."],
    ["a span shifted by one", () => ({ ...claimAt("police"), start: spanOf(f.article.text, "police").start + 1, end: spanOf(f.article.text, "police").end + 1 }), "exact does not match the article text between start and end. Offsets count Unicode code points; if the article changed, reload it."],
    ["end past the text", () => ({ ...claimAt("police"), end: 10_000 }), () => `end (10000) is past the end of the article text (${[...ARTICLE_TEXT].length} characters, counted in Unicode code points).`],
    ["an empty span", () => ({ ...claimAt("police"), end: spanOf(f.article.text, "police").start }), "end must be greater than start: empty spans cannot be annotated."],
    ["a wrong prefix", () => claimAt("police", { prefix: "Sunday, " }), "prefix does not match the article text just before the span."],
    ["a prefix longer than the text before", () => claimAt("Hafiz", { prefix: " " }), "prefix does not match the article text just before the span."],
    ["a wrong suffix", () => claimAt("police", { suffix: " told" }), "suffix does not match the article text just after the span."],
    ["a claim type from another project", () => claimAt("police", { claimTypeId: other.labels.factual }), () => `claimTypeId "${other.labels.factual}" is not a claim type of this project.`],
    ["a status as claim type", () => claimAt("police", { claimTypeId: f.labels.trueStatus }), 'claimTypeId must be a claim type, but "True" is a verification status.'],
    ["an archived claim type", () => claimAt("police", { claimTypeId: archivedClaimType }), 'claimTypeId: the claim type "Retired" is archived; choose another.'],
    ["a claim type as status", () => claimAt("police", { statusId: f.labels.factual }), 'statusId must be a verification status, but "Factual statement" is a claim type.'],
    ["an unknown status", () => claimAt("police", { statusId: "nope" }), 'statusId "nope" is not a verification status of this project.'],
    ["a claim type as entity type", () => ({ kind: "ENTITY_MENTION", revision: 1, ...spanOf(f.article.text, "police"), entityTypeId: f.labels.factual }), 'entityTypeId must be an entity type, but "Factual statement" is a claim type.'],
    ["claim fields on a mention", () => ({ kind: "ENTITY_MENTION", revision: 1, ...spanOf(f.article.text, "police"), entityTypeId: f.labels.person, checkWorthiness: 3 }), "checkWorthiness applies to claims only; an entity mention cannot have it."],
    ["mention fields on a claim", () => claimAt("police", { entityId: saeed.id }), "entityId applies to entity mentions only; link entities to a claim through entities."],
    ["checkWorthiness 6", () => claimAt("police", { checkWorthiness: 6 }), "checkWorthiness must be a whole number from 1 to 5, or null."],
    ["confidence 1.5", () => claimAt("police", { confidence: 1.5 }), "confidence must be a number from 0 to 1, or null."],
    ["a note of 10,001 characters", () => claimAt("police", { note: "n".repeat(10_001) }), "note must be at most 10,000 characters."],
    ["a non-http evidence url", () => claimAt("police", { evidence: [{ url: "file:///etc/passwd", stance: "SUPPORTS" }] }), "evidence url must be an http:// or https:// address."],
    ["an evidence url of 2049 characters", () => claimAt("police", { evidence: [{ url: `https://a.example/${"x".repeat(2031)}`, stance: "SUPPORTS" }] }), "evidence url must be at most 2048 characters."],
    ["an evidence title of 501 characters", () => claimAt("police", { evidence: [{ url: "https://a.example", title: "t".repeat(501), stance: "SUPPORTS" }] }), "evidence title must be at most 500 characters."],
    ["51 evidence items", () => claimAt("police", { evidence: Array.from({ length: 51 }, () => ({ url: "https://a.example", stance: "CONTEXT" })) }), "A claim can have at most 50 evidence items."],
    ["an entity of another project", () => claimAt("police", { entities: [{ entityId: foreignEntity.id, role: "SUBJECT" }] }), () => `entities[0].entityId "${foreignEntity.id}" is not an entity of this project.`],
    ["a deleted entity", () => claimAt("police", { entities: [{ entityId: saeed.id, role: "SUBJECT" }, { entityId: deletedEntity.id, role: "OBJECT" }] }), 'entities[1].entityId: the entity "Gone" has been deleted.'],
    ["a mention entity of another type", () => ({ kind: "ENTITY_MENTION", revision: 1, ...spanOf(f.article.text, "police"), entityId: city.id, entityTypeId: f.labels.person }), 'entityTypeId must be the type of the linked entity "Gujranwala"; leave it out to use that type.'],
    ["a mention of a deleted entity", () => ({ kind: "ENTITY_MENTION", revision: 1, ...spanOf(f.article.text, "police"), entityId: deletedEntity.id }), 'entityId: the entity "Gone" has been deleted.'],
    ["a claim as mentionId", () => claimAt("police", { entities: [{ entityId: saeed.id, role: "SUBJECT", mentionId: claim.id }] }), "entities[0].mentionId must be an entity mention, not a claim."],
    ["a mention on another article", () => claimAt("police", { entities: [{ entityId: saeed.id, role: "SUBJECT", mentionId: otherArticleMention.id }] }), () => `entities[0].mentionId "${otherArticleMention.id}" is not an annotation of this article.`],
    ["a deleted mention", () => claimAt("police", { entities: [{ entityId: saeed.id, role: "SUBJECT", mentionId: deletedMention.id }] }), "entities[0].mentionId: that mention has been deleted."],
    ["a mention of another entity", () => claimAt("police", { entities: [{ entityId: saeed.id, role: "SUBJECT", mentionId: cityMention.id }] }), "entities[0].mentionId is a mention of another entity than entities[0].entityId."],
    ["an unknown field", () => claimAt("police", { authorId: "someone" }), "Unknown annotation field: authorId."],
  ])("%s", async (_name, input, message) => {
    await expectRefused(() => withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, f.article.id, input())), message);
  });

  it("answers 404 for an article of another project, changing nothing", async () => {
    const before = await countProjectRows(f.project.id);
    await expect(withProjectAccess(f.annotator.id, f.slug, (access) => createAnnotation(access, other.article.id, claimAt("police")))).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    expect(await countProjectRows(f.project.id)).toEqual(before);
  });
});

describe("updateAnnotation refuses bad input with 400 and changes nothing", () => {
  it.each<[string, () => [AnnotationDTO, Record<string, unknown>], Message]>([
    ["a moved span whose exact does not match", () => [claim, { version: 1, ...spanOf(f.article.text, "police"), exact: "polite" }], "exact does not match the article text between start and end. Offsets count Unicode code points; if the article changed, reload it."],
    ["start and end without exact", () => [claim, { version: 1, start: 0, end: 5 }], "To move or resize an annotation, send start, end and exact together."],
    ["evidence of another claim", () => [claim, { version: 1, evidence: [{ id: otherClaim.evidence[0]?.id, url: "https://x.example", stance: "SUPPORTS" }] }], () => `evidence[0].id "${otherClaim.evidence[0]?.id}" is not evidence of this claim; leave id out to add new evidence.`],
    ["an archived claim type", () => [claim, { version: 1, claimTypeId: archivedClaimType }], 'claimTypeId: the claim type "Retired" is archived; choose another.'],
    ["a claim field on a mention", () => [mention, { version: 1, statusId: f.labels.trueStatus }], "statusId applies to claims only; an entity mention cannot have it."],
    ["entity links on a mention", () => [mention, { version: 1, entities: [{ entityId: saeed.id, role: "SUBJECT" }] }], "entities applies to claims only; an entity mention cannot have it."],
    ["a mention type that is not the entity's", () => [mention, { version: 1, entityTypeId: f.labels.location }], 'entityTypeId must be the type of the linked entity "Hafiz Saeed"; leave it out to use that type.'],
    ["a mention left with neither type nor entity", () => [unlinkedMention, { version: 1, entityTypeId: null }], "An entity mention needs entityTypeId (or entityId, whose type it then takes)."],
    ["a deleted entity", () => [claim, { version: 1, entities: [{ entityId: deletedEntity.id, role: "SUBJECT" }] }], 'entities[0].entityId: the entity "Gone" has been deleted.'],
    ["a mention type that is a label of another project", () => [cityMention, { version: 1, entityId: null, entityTypeId: other.labels.location }], () => `entityTypeId "${other.labels.location}" is not an entity type of this project.`],
  ])("%s", async (_name, make, message) => {
    const [target, input] = make();
    await expectRefused(() => withProjectAccess(f.annotator.id, f.slug, (access) => updateAnnotation(access, target.id, input)), message);
  });

  it("answers 404 for an annotation of another project", async () => {
    await expect(withProjectAccess(f.owner.id, f.slug, (access) => updateAnnotation(access, foreignClaim.id, { version: 1, note: "x" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
