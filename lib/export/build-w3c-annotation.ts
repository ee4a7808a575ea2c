import type { CodePointIndex } from "@/lib/anchoring/types";
import { annotatorOf } from "./annotator-of";
import type { ExportLookup } from "./create-export-lookup";
import { entityIri } from "./entity-iri";
import { projectIri } from "./project-iri";
import { quoteSelectorAt } from "./quote-selector-at";
import { w3cIri } from "./w3c-iri";
import { wikidataQid } from "./wikidata-qid";
import type { ExportAnnotation, ExportArticle, ExportOptions, ExportProject } from "./types";

type Body = Record<string, string>;

/**
 * One W3C Web Annotation (https://www.w3.org/TR/annotation-model/) for a
 * Claimdesk annotation. It carries its own "@context", so every item of the
 * collection is a complete annotation on its own (and passes the W3C test
 * suite's MUST assertions alone).
 *
 * - id: the annotation's IRI on the protocol server (lib/export/w3c-iri.ts),
 *   which answers GET with this same annotation; the creator's and a
 *   project entity's IRIs are the server's too, so every IRI resolves;
 * - target: a SpecificResource on the article revision's text (an IRI the
 *   protocol server answers with that text), with a
 *   TextQuoteSelector (32 code points of context) and a TextPositionSelector
 *   (code points, as the model defines them);
 * - motivation: "assessing" for a claim, "identifying" for a mention linked to
 *   an entity, "tagging" for a mention with a type only;
 * - bodies: label keys as TextualBody tags (purpose "tagging"); the status key
 *   (purpose "assessing"); a mention's entity as a SpecificResource (purpose
 *   "identifying": the mention names it); a claim's linked entities likewise
 *   but with purpose "linking", since a claim is about them, not one of them
 *   (the link's role has no place in the model and is in JSONL only); the
 *   note (purpose "commenting"); a clustered claim's cluster as a
 *   SpecificResource and its stance (SAME, CORROBORATES, ATTRIBUTES,
 *   CONTRADICTS) as a TextualBody, both with purpose "classifying". Evidence is left out: an External Web
 *   Resource body may not carry a purpose, and without one it would be
 *   indistinguishable from the annotation's subject.
 */
export function buildW3cAnnotation(
  annotation: ExportAnnotation,
  article: ExportArticle,
  index: CodePointIndex,
  project: ExportProject,
  lookup: ExportLookup,
  options: ExportOptions,
): Record<string, unknown> {
  const a = annotation;
  const tag = (id: string | null, purpose: string): Body[] => {
    const label = lookup.label(id);
    return label ? [{ type: "TextualBody", value: label.key, purpose }] : [];
  };
  const entityBody = (entityId: string | null, purpose: string): Body[] => {
    const entity = lookup.entity(entityId);
    // A QID's Wikidata IRI, else the entity's IRI on the protocol server (which answers it).
    const source = entity ? (wikidataQid(entity.externalId) ? entityIri(entity, project, options) : w3cIri(options, project, "entities", entity.id)) : null;
    return source ? [{ type: "SpecificResource", source, purpose }] : [];
  };
  const bodies: Body[] =
    a.kind === "CLAIM"
      ? [...tag(a.claimTypeId, "tagging"), ...tag(a.statusId, "assessing"), ...a.entities.flatMap((l) => entityBody(l.entityId, "linking"))]
      : [...tag(a.entityTypeId, "tagging"), ...entityBody(a.entityId, "identifying")];
  // One body per linked entity, even when it plays two roles in the claim.
  const body = bodies.filter((b, i) => b.type !== "SpecificResource" || bodies.findIndex((o) => o.source === b.source && o.purpose === b.purpose) === i);
  // A claim's cluster and its stance toward the cluster's statement.
  if (a.kind === "CLAIM" && a.cluster) {
    body.push(
      { type: "SpecificResource", source: projectIri(options, project, "clusters", a.cluster.clusterId), purpose: "classifying" },
      { type: "TextualBody", value: a.cluster.relation, purpose: "classifying" },
    );
  }
  if (options.includeNotes && a.note !== "") body.push({ type: "TextualBody", value: a.note, format: "text/plain", purpose: "commenting" });

  const annotator = annotatorOf(a, options);
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: w3cIri(options, project, "annotations", a.id),
    type: "Annotation",
    motivation: a.kind === "CLAIM" ? "assessing" : a.entityId ? "identifying" : "tagging",
    creator: { id: w3cIri(options, project, "annotators", annotator.id), type: "Person", name: annotator.name },
    created: a.createdAt,
    modified: a.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: {
      type: "SpecificResource",
      source: w3cIri(options, project, "articles", article.id, "revisions", String(article.revision)),
      selector: [quoteSelectorAt(index, a.start, a.end), { type: "TextPositionSelector", start: a.start, end: a.end }],
    },
  };
}
