import type { ComparedMember } from "@/lib/clusters/cluster-difference";
import { countIndependentSources } from "@/lib/clusters/count-independent-sources";
import { findClusterDifferences } from "@/lib/clusters/find-cluster-differences";
import { annotatorOf } from "./annotator-of";
import { compareCodeUnits } from "./compare-code-units";
import type { ExportLookup } from "./create-export-lookup";
import type { ExportAnnotation, ExportArticleRef, ExportCluster, ExportOptions } from "./types";

export type ExportedMember = { annotation: ExportAnnotation; article: ExportArticleRef; text: string };

// Publication order (undated last), then article id and position.
function byPublication(a: ExportedMember, b: ExportedMember): number {
  const pa = a.article.publishedAt;
  const pb = b.article.publishedAt;
  return (
    (pa === null ? 1 : 0) - (pb === null ? 1 : 0) ||
    compareCodeUnits(pa ?? "", pb ?? "") ||
    compareCodeUnits(a.article.id, b.article.id) ||
    a.annotation.start - b.annotation.start ||
    compareCodeUnits(a.annotation.id, b.annotation.id)
  );
}

/**
 * One line of the clusters file: the fact (title, neutral statement), its
 * verdict and public explanation, and the exported members in publication
 * order, each with its stance and words; then the differences flagged between
 * them (offsets relative to each member's text), the independent sources
 * (near-identical wording counts once) and the first appearance. Members are
 * identified by their claim's id (`annotation_id`), as in every other format.
 * The internal note is left out entirely when notes are off.
 */
export function buildClusterRecord(
  cluster: ExportCluster,
  exported: readonly ExportedMember[],
  lookup: ExportLookup,
  options: ExportOptions,
): Record<string, unknown> {
  const members = [...exported].sort(byPublication);
  const verdict = lookup.label(cluster.statusId);
  const compared: ComparedMember[] = members.map((m) => ({
    memberId: m.annotation.id,
    articleId: m.article.id,
    text: m.text,
    publishedAt: m.article.publishedAt === null ? null : new Date(m.article.publishedAt),
  }));
  const sources = countIndependentSources(compared);
  const first = members.find((m) => m.article.publishedAt !== null);
  return {
    id: cluster.id,
    title: cluster.title,
    statement: cluster.statement,
    verdict: verdict ? { key: verdict.key, name: verdict.name, rating: verdict.rating } : null,
    verdict_explanation: cluster.verdictExplanation,
    verdict_applied_at: cluster.verdictAppliedAt,
    ...(options.includeNotes ? { note: cluster.note } : {}),
    members: members.map((m) => ({
      annotation_id: m.annotation.id,
      article_id: m.article.id,
      article_title: m.article.title,
      outlet: m.article.outlet,
      url: m.article.url,
      published_at: m.article.publishedAt,
      stance: m.annotation.cluster?.relation ?? "SAME",
      start: m.annotation.start,
      end: m.annotation.end,
      text: m.text,
      annotator: annotatorOf(m.annotation, options),
    })),
    differences: findClusterDifferences(compared).map((d) => ({
      kind: d.kind,
      description: d.description,
      sides: d.sides.map((s) => ({ annotation_id: s.memberId, words: s.words, start: s.start, end: s.end })),
    })),
    independent_sources: { count: sources.count, groups: sources.groups },
    first_appearance: first ? { annotation_id: first.annotation.id, article_id: first.article.id, published_at: first.article.publishedAt } : null,
  };
}
