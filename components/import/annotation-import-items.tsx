import Link from "next/link";
import type { AnnotationImportItem } from "@/lib/server/annotation-import/annotation-import-types";
import { Badge } from "@/components/ui/badge";

// Per document: where its annotations land and what happens to them.
export function AnnotationImportItems({ slug, items }: { slug: string; items: AnnotationImportItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="divide-y rounded-lg border" data-testid="annotation-import-items">
      {items.map((item) => (
        <li key={item.key} className="space-y-1 p-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{item.fileName}, {item.item}</span>
            {item.article?.kind === "existing" ? (
              <Badge variant="outline">
                on <Link className="underline" href={`/projects/${encodeURIComponent(slug)}/articles/${item.article.articleId}`}>{item.article.title}</Link> (by {item.article.by})
              </Badge>
            ) : item.article ? <Badge variant="info">new article “{item.article.title}”</Badge> : null}
          </div>
          <p className="text-muted-foreground">
            {item.claims} claims, {item.mentions} entity mentions
            {item.duplicates > 0 ? `; ${item.duplicates} already there (skipped)` : ""}
            {item.skipped > 0 ? `; ${item.skipped} skipped by the mapping` : ""}
          </p>
          {item.warnings.length > 0 ? <ul className="list-disc pl-4 text-xs text-warning">{item.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul> : null}
        </li>
      ))}
    </ul>
  );
}
