import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { getArticle } from "@/lib/server/article/get-article";
import { isAppError } from "@/lib/errors/app-error";
import { formatDate } from "@/lib/format/format-date";
import { articleStatusLabels } from "@/lib/format/article-status-labels";
import type { ArticleDoc } from "@/lib/article-content/types";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ArticleViewer } from "./_components/article-viewer";

export const metadata: Metadata = { title: "Article" };

type Props = { params: Promise<{ slug: string; articleId: string }> };

async function loadArticle(projectId: string, articleId: string) {
  try {
    return await getArticle(projectId, articleId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function ArticlePage({ params }: Props) {
  const { slug, articleId } = await params;
  const { project } = await requirePageProjectAccess(slug);
  const article = await loadArticle(project.id, articleId);
  const codePoints = [...article.text].length;
  const words = article.text.split(/\s+/u).filter(Boolean).length;

  return (
    <PageContainer>
      <PageHeader
        title={article.title}
        breadcrumbs={[
          { label: project.name, href: `/projects/${project.slug}` },
          { label: "Article" },
        ]}
        description={[article.outlet, formatDate(article.publishedAt), article.author].filter((v) => v && v !== "—").join(" · ") || undefined}
      />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <article className="min-w-0" lang={article.language}>
          <ArticleViewer content={article.content as unknown as ArticleDoc} label={`Text of “${article.title}”`} />
        </article>
        <aside aria-label="Article details" className="space-y-4">
          <Card>
            <CardHeader>
              <CardTitle as="h2" className="text-base">Details</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="text-muted-foreground">Status</dt>
                <dd><Badge variant="secondary">{articleStatusLabels[article.status]}</Badge></dd>
                <dt className="text-muted-foreground">Outlet</dt>
                <dd>{article.outlet || "—"}</dd>
                <dt className="text-muted-foreground">Published</dt>
                <dd>{formatDate(article.publishedAt)}</dd>
                {article.url ? (
                  <>
                    <dt className="text-muted-foreground">Source</dt>
                    <dd className="truncate">
                      <a className="underline" href={article.url} rel="noopener noreferrer nofollow" target="_blank">{new URL(article.url).hostname}</a>
                    </dd>
                  </>
                ) : null}
                <dt className="text-muted-foreground">Revision</dt>
                <dd>{article.revision}</dd>
                <dt className="text-muted-foreground">Length</dt>
                <dd>{words.toLocaleString("en")} words · <span data-testid="code-point-count">{codePoints.toLocaleString("en")}</span> characters</dd>
                <dt className="text-muted-foreground">Language</dt>
                <dd>{article.language}</dd>
                <dt className="text-muted-foreground">SHA-256</dt>
                <dd className="font-mono text-xs break-all" title={article.contentHash}>{article.contentHash.slice(0, 16)}…</dd>
              </dl>
            </CardContent>
          </Card>
        </aside>
      </div>
    </PageContainer>
  );
}
