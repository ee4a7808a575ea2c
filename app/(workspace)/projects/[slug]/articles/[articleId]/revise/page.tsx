import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Lock } from "lucide-react";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { isAppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { getArticle } from "@/lib/server/article/get-article";
import { listArticleRevisions } from "@/lib/server/article/list-article-revisions";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ReviseArticleForm } from "./_components/revise-article-form";
import { RevisionHistory } from "./_components/revision-history";
import { requireSafePageParams } from "@/lib/http/require-safe-page-params";

export const metadata: Metadata = { title: "Correct article text" };

type Props = { params: Promise<{ slug: string; articleId: string }> };

async function loadArticle(access: ProjectAccess, articleId: string) {
  try {
    return await getArticle(access, articleId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

// Owners correct an article's text here (a new revision). Non-members get a
// 404 from the access check; other members a plain explanation. The save and
// its preview go through the revisions API, which checks the role again.
export default async function ReviseArticlePage({ params }: Props) {
  const { slug, articleId } = await params;
  requireSafePageParams({ slug, articleId });
  const access = await requirePageProjectAccess(slug, "articles.editText");
  const { project, allowed } = access;
  const article = await loadArticle(access, articleId);
  const articleHref = `/projects/${project.slug}/articles/${article.id}`;
  const breadcrumbs = [
    { label: project.name, href: `/projects/${project.slug}` },
    { label: article.title, href: articleHref },
    { label: "Correct text" },
  ];

  if (!allowed) {
    return (
      <PageContainer width="narrow">
        <PageHeader title="Correct article text" breadcrumbs={breadcrumbs} />
        <EmptyState
          icon={<Lock />}
          title="Only owners can correct article text"
          description={`Correcting the text changes where every annotation sits, so only owners of ${project.name} can do it. Ask an owner if the text needs fixing.`}
          action={
            <Button asChild variant="outline">
              <Link href={articleHref}>Back to the article</Link>
            </Button>
          }
        />
      </PageContainer>
    );
  }

  const revisions = await listArticleRevisions(access, article.id);
  return (
    <PageContainer className="space-y-8">
      <PageHeader
        title="Correct article text"
        breadcrumbs={breadcrumbs}
        description={`“${article.title}”, revision ${article.revision}. Saving creates revision ${article.revision + 1}; annotations are carried over to it.`}
        actions={
          <Button asChild variant="outline">
            <Link href={articleHref}>Back to the article</Link>
          </Button>
        }
      />
      <ReviseArticleForm
        key={article.revision}
        slug={project.slug}
        articleId={article.id}
        articleHref={articleHref}
        baseRevision={article.revision}
        initialText={article.text}
        language={article.language}
      />
      <RevisionHistory revisions={revisions} />
    </PageContainer>
  );
}
