import { compareCodeUnits } from "./compare-code-units";
import type { ExportAnnotation, ExportArticle } from "./types";

/**
 * The article's annotations that index its exported text, in document order
 * (start, then end, then id, so ties are stable whatever order the database
 * returned). Orphaned annotations and ones on another revision are left out:
 * their offsets point into text that is not exported.
 */
export function exportableAnnotations(article: ExportArticle): ExportAnnotation[] {
  return article.annotations
    .filter((a) => a.anchorState === "ANCHORED" && a.revision === article.revision)
    .sort((a, b) => a.start - b.start || a.end - b.end || compareCodeUnits(a.id, b.id));
}

