import type { CodePointIndex } from "@/lib/anchoring/types";
import { claimAppearances } from "./claim-appearances";
import { claimReviewedText } from "./claim-reviewed-text";
import type { ExportLookup } from "./create-export-lookup";
import { projectIri } from "./project-iri";
import { verdictClusterOf } from "./verdict-cluster-of";
import type { ExportAnnotation, ExportArticle, ExportArticleRef, ExportOptions, ExportProject } from "./types";
import { wikidataQid } from "./wikidata-qid";

/**
 * A schema.org ClaimReview (JSON-LD) for a claim with a verdict (a status
 * with a rating), or null for any other annotation. It carries the
 * properties Google's fact-check guide requires (claimReviewed, reviewRating
 * with alternateName, url) and recommends, and only properties schema.org
 * defines on ClaimReview, Claim, Rating, CreativeWork, Person and
 * Organization:
 *
 * - url: the claim in Claimdesk's article page (`?annotation=<id>`);
 * - claimReviewed: a short neutral wording (`claimReviewedText`: the claim's
 *   summary or its cluster's statement), else the claim's own words;
 * - reviewRating: the status's 1–5 rating (5 = true) and its name;
 *   ratingExplanation is the verdict's public explanation. The internal note
 *   is never published, unless the export asks for it (`publishNotes`, with
 *   notes included) and the claim has no public explanation;
 * - author: the project, as the organisation publishing the review;
 *   datePublished: when the claim's verdict was last saved (`updatedAt`);
 * - itemReviewed: a Claim whose author is the claimant entity (a Person when
 *   its type key is "person", else an Organization; sameAs its Wikidata page),
 *   appearance every article it appears in (`claimAppearances`),
 *   firstAppearance the earliest dated one, datePublished that one's date.
 *
 * A claim in a cluster with a rated verdict of its own (and not contradicting
 * it) is reviewed by the cluster: url the cluster's page, claimReviewed its
 * statement, reviewRating its verdict with its public explanation,
 * datePublished when the verdict was applied (or last saved), and every
 * non-contradicting member's article as an appearance. The serializer writes
 * that review once per cluster (`verdictClusterOf`).
 */
export function buildClaimReview(
  annotation: ExportAnnotation,
  article: ExportArticle,
  index: CodePointIndex,
  project: ExportProject,
  lookup: ExportLookup,
  options: ExportOptions,
): Record<string, unknown> | null {
  const reviewing = verdictClusterOf(annotation, lookup);
  const status = lookup.label(reviewing ? reviewing.statusId : annotation.statusId);
  if (annotation.kind !== "CLAIM" || status === null || status.rating === null) return null;

  const explanation = reviewing ? reviewing.verdictExplanation.trim() : publicExplanation(annotation, options);
  const appearances = claimAppearances(annotation, article, lookup);
  const first = appearances.find((a) => a.publishedAt !== null);
  const claimantLink = annotation.entities.find((link) => link.role === "CLAIMANT");
  const claimant = claimantLink ? lookup.entity(claimantLink.entityId) : null;
  const qid = claimant ? wikidataQid(claimant.externalId) : null;

  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: reviewing
      ? projectIri(options, project, "clusters", reviewing.id)
      : `${projectIri(options, project, "articles", article.id)}?annotation=${encodeURIComponent(annotation.id)}`,
    claimReviewed: claimReviewedText(annotation, reviewing, index, lookup),
    author: { "@type": "Organization", name: project.name, url: projectIri(options, project) },
    datePublished: reviewing ? (reviewing.verdictAppliedAt ?? reviewing.updatedAt) : annotation.updatedAt,
    reviewRating: {
      "@type": "Rating",
      ratingValue: status.rating,
      bestRating: 5,
      worstRating: 1,
      alternateName: status.name,
      name: status.name,
      ...(explanation !== "" ? { ratingExplanation: explanation } : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      ...(claimant
        ? {
            author: {
              "@type": claimant.typeKey === "person" ? "Person" : "Organization",
              name: claimant.name,
              ...(qid ? { sameAs: `https://www.wikidata.org/wiki/${qid}` } : {}),
            },
          }
        : {}),
      ...(first ? { datePublished: first.publishedAt } : {}),
      appearance: appearances.map(creativeWork),
      ...(first ? { firstAppearance: creativeWork(first) } : {}),
    },
  };
}

function publicExplanation(annotation: ExportAnnotation, options: ExportOptions): string {
  const own = annotation.verdictExplanation.trim();
  if (own !== "" || !options.publishNotes || !options.includeNotes) return own;
  return annotation.note.trim();
}

function creativeWork(article: ExportArticleRef): Record<string, unknown> {
  return {
    "@type": "CreativeWork",
    ...(article.url ? { url: article.url } : {}),
    headline: article.title,
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    inLanguage: article.language,
  };
}
