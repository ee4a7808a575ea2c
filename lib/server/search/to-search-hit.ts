import type { SearchHit } from "@/lib/search/search-hit";
import { parseSnippet } from "@/lib/search/parse-snippet";
import { firstHitSpan } from "@/lib/search/first-hit-span";
import type { SearchRow } from "./find-search-hits";

// Where a result opens: an annotation-bound one at its annotation (the
// editor's ?annotation= deep link selects it and scrolls to its span), an
// article at its first matching words (?at=start-end), an entity on its
// own page.
function hrefOf(slug: string, row: SearchRow): string {
  const project = `/projects/${encodeURIComponent(slug)}`;
  if (row.kind === "entity") return `${project}/entities/${encodeURIComponent(row.id)}`;
  const article = `${project}/articles/${encodeURIComponent(row.articleId ?? "")}`;
  if (row.annotationId) return `${article}?annotation=${encodeURIComponent(row.annotationId)}`;
  const span = firstHitSpan(row.snippet ?? "", row.fragmentAt);
  return span ? `${article}?at=${span.start}-${span.end}` : article;
}

export function toSearchHit(slug: string, row: SearchRow): SearchHit {
  return {
    kind: row.kind,
    id: row.id,
    title: row.title ?? "",
    snippet: parseSnippet(row.snippet ?? ""),
    href: hrefOf(slug, row),
    articleId: row.articleId,
    annotationId: row.annotationId,
    outlet: row.outlet,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
    status: row.statusKey ? { key: row.statusKey, name: row.statusName ?? row.statusKey, color: row.statusColor ?? "" } : null,
    reviewState: row.reviewState,
    author: row.authorId ? { id: row.authorId, name: row.authorName ?? "" } : null,
    rank: Number(row.rank),
  };
}
