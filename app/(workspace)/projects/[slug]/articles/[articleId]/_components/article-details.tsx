import { formatDate } from "@/lib/format/format-date";
import { articleStatusLabels } from "@/lib/format/article-status-labels";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { httpUrlHost } from "@/lib/validations/http-url";
import { codePointLength } from "@/lib/anchoring/code-point-length";

type Props = {
  article: {
    status: ArticleStatus;
    outlet: string;
    publishedAt: Date | null;
    url: string | null;
    revision: number;
    language: string;
    contentHash: string;
    text: string;
  };
};

/** The article's metadata, under its text: where it is from and what exactly the offsets count. */
export function ArticleDetails({ article }: Props) {
  // Counted without spreading the text into an array of 140,000 strings (a 20,000-word article).
  const codePoints = codePointLength(article.text);
  const sourceHost = httpUrlHost(article.url);
  const words = article.text.split(/\s+/u).filter(Boolean).length;
  return (
    <section aria-labelledby="article-details-heading" className="mb-10 max-w-[70ch] border-t pt-4">
      <h2 id="article-details-heading" className="mb-3 text-sm font-semibold">
        Article details
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1.5 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        <dt className="text-muted-foreground">Status</dt>
        <dd>
          <Badge variant="secondary">{articleStatusLabels[article.status]}</Badge>
        </dd>
        <dt className="text-muted-foreground">Outlet</dt>
        <dd>{article.outlet || "—"}</dd>
        <dt className="text-muted-foreground">Published</dt>
        <dd>{formatDate(article.publishedAt)}</dd>
        <dt className="text-muted-foreground">Source</dt>
        <dd className="truncate">
          {/* Stored URLs are shown, never trusted: one that does not parse as
              http(s) (saved before URLs were parsed) is text, not a link. */}
          {sourceHost ? (
            <a className="underline" href={article.url ?? undefined} rel="noopener noreferrer nofollow" target="_blank">
              {sourceHost}
            </a>
          ) : (
            article.url || "—"
          )}
        </dd>
        <dt className="text-muted-foreground">Revision</dt>
        <dd>{article.revision}</dd>
        <dt className="text-muted-foreground">Language</dt>
        <dd>{article.language}</dd>
        <dt className="text-muted-foreground">Length</dt>
        <dd>
          {words.toLocaleString("en")} words · <span data-testid="code-point-count">{codePoints.toLocaleString("en")}</span> characters
        </dd>
        <dt className="text-muted-foreground">SHA-256</dt>
        <dd className="font-mono text-xs break-all" title={article.contentHash}>
          {article.contentHash.slice(0, 16)}…
        </dd>
      </dl>
    </section>
  );
}
