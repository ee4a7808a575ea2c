import { AppError } from "@/lib/errors/app-error";
import { wikidataQid } from "@/lib/export/wikidata-qid";
import { w3cIri } from "@/lib/export/w3c-iri";
import { parseW3c } from "@/lib/import/annotations/parse-w3c";
import type { LabelRef } from "@/lib/import/annotations/types";
import type { DbClient } from "@/lib/server/db-client";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

// A W3C annotation as our annotation fields, before the annotation rules
// (createAnnotation / updateAnnotation) check them against the project.
export type ResolvedW3cAnnotation = {
  articleId: string;
  revision: number;
  kind: "CLAIM" | "ENTITY_MENTION";
  start: number;
  end: number;
  exact: string;
  claimTypeId: string | null;
  statusId: string | null;
  // Claims: the entities the annotation links ("linking" bodies).
  linkedEntityIds: string[];
  // Mentions: the entity type ("tagging") and the entity named ("identifying").
  entityTypeId: string | null;
  entityId: string | null;
  // A "commenting" body, or undefined when there is none (the note is left as it is).
  note: string | undefined;
};

const bad = (message: string) => new AppError("BAD_REQUEST", message);

/**
 * Reads a W3C Web Annotation sent to the protocol server, with the W3C
 * importer's reader (lib/import/annotations/parse-w3c.ts), so the protocol
 * accepts what the export writes: motivation "assessing" is a claim,
 * "identifying"/"tagging" a mention; TextualBody "tagging" → claim or entity
 * type by key, "assessing" → status by key, "commenting" → note;
 * SpecificResource "identifying"/"linking" → entities by project IRI or
 * Wikidata IRI. The target's source must be an article revision IRI of this
 * project (as the server writes them) and carry a TextPositionSelector and a
 * TextQuoteSelector. Labels and entities are matched in memory, so no
 * client string reaches a query. Every failure is a 400 naming the problem.
 */
export async function resolveW3cAnnotation(db: DbClient, access: ProjectAccess, baseUrl: string, body: unknown): Promise<ResolvedW3cAnnotation> {
  if (typeof body !== "object" || body === null || Array.isArray(body) || (body as { type?: unknown }).type !== "Annotation") {
    throw bad('Send one Web Annotation (a JSON object with "type": "Annotation").');
  }
  const parsed = parseW3c(JSON.stringify(body));
  const item = parsed.items[0];
  if (!item || "error" in item) throw bad(item && "error" in item ? item.error.replace(/^annotation 1: /, "") : "The annotation could not be read.");
  const span = item.parsed.spans[0];
  if (!span) throw bad("The annotation could not be read.");
  const source = item.parsed.item.replace(/^target /, "");
  const { articleId, revision } = readRevisionIri(source, w3cIri({ baseUrl }, access.project, "articles"));
  if (!span.kind) throw bad('motivation must be "assessing" (a claim) or "identifying" / "tagging" (an entity mention).');
  if (span.exact === null) throw bad("The target needs a TextQuoteSelector whose exact is the annotated text.");

  const [labels, entities] = await Promise.all([
    db.label.findMany({ where: { projectId: access.project.id }, select: { id: true, kind: true, key: true } }),
    db.entity.findMany({ where: { projectId: access.project.id, deletedAt: null }, select: { id: true, externalId: true } }),
  ]);
  const label = (ref: LabelRef | null, kind: "CLAIM_TYPE" | "ENTITY_TYPE" | "VERIFICATION_STATUS", what: string): string | null => {
    if (!ref) return null;
    const found = labels.find((l) => l.kind === kind && l.key === ref.value);
    if (!found) throw bad(`Unknown ${what} "${ref.value}": use the key of one of the project's labels.`);
    return found.id;
  };
  const entity = (ref: string): string => {
    const qid = /^wikidata:(Q[1-9][0-9]*)$/.exec(ref)?.[1];
    const found = qid ? entities.find((e) => wikidataQid(e.externalId) === qid) : entities.find((e) => e.id === ref);
    if (!found) throw bad(`Unknown entity ${qid ? `Wikidata ${qid}` : `"${ref}"`}: link an entity of this project.`);
    return found.id;
  };
  const claim = span.kind === "CLAIM";
  return {
    articleId,
    revision,
    kind: span.kind,
    start: span.start,
    end: span.end,
    exact: span.exact,
    claimTypeId: claim ? label(span.label, "CLAIM_TYPE", "claim type") : null,
    statusId: claim ? label(span.claim?.status ?? null, "VERIFICATION_STATUS", "status") : null,
    linkedEntityIds: claim ? [...new Set((span.claim?.entities ?? []).map((l) => entity(l.entityId)))] : [],
    entityTypeId: claim ? null : label(span.label, "ENTITY_TYPE", "entity type"),
    entityId: !claim && span.entityId ? entity(span.entityId) : null,
    note: span.note ?? undefined,
  };
}

// "<base>/api/projects/<slug>/w3c/articles/<id>/revisions/<n>" → its id and n.
function readRevisionIri(source: string, articlesIri: string): { articleId: string; revision: number } {
  const problem = `The target's source must be an article revision of this project (${articlesIri}/<article id>/revisions/<revision>), as GET on the container shows.`;
  if (!source.startsWith(`${articlesIri}/`)) throw bad(problem);
  const match = /^([^/?#]+)\/revisions\/([1-9][0-9]{0,8})$/.exec(source.slice(articlesIri.length + 1));
  if (!match) throw bad(problem);
  let articleId: string;
  try {
    articleId = decodeURIComponent(match[1]!);
  } catch {
    throw bad(problem);
  }
  return { articleId, revision: Number(match[2]) };
}
