import Link from "next/link";
import { CheckCircle2 } from "lucide-react";
import type { ArticleImportResult } from "@/lib/server/article-import/article-import-types";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

// What an article import saved, with links, and what it left out and why.
export function ArticleImportSummary({ slug, result }: { slug: string; result: ArticleImportResult }) {
  const n = result.created.length;
  return (
    <Alert variant="success" role="status" data-testid="import-summary">
      <CheckCircle2 aria-hidden="true" />
      <AlertTitle>{n === 1 ? "1 article imported" : `${n} articles imported`}</AlertTitle>
      <AlertDescription>
        <ul className="list-disc space-y-1 pl-4">
          {result.created.map((c) => (
            <li key={c.articleId}>
              <Link className="underline underline-offset-2" href={`/projects/${encodeURIComponent(slug)}/articles/${c.articleId}`}>{c.title}</Link>
            </li>
          ))}
          {result.duplicates.map((d) => (
            <li key={d.key}>{d.fileName}: not imported, same text as {"articleId" in d.duplicateOf ? `“${d.duplicateOf.title}”` : "another item of this batch"}.</li>
          ))}
          {result.errors.map((e) => (
            <li key={e.key}>{e.fileName}: skipped, {e.message}</li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
