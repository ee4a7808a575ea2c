// An article opened at one annotation (the editor selects and scrolls to it).
export function annotationHref(projectSlug: string, articleId: string, annotationId: string): string {
  return `/projects/${encodeURIComponent(projectSlug)}/articles/${encodeURIComponent(articleId)}?annotation=${encodeURIComponent(annotationId)}`;
}
