import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PencilLineIcon } from "lucide-react";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { getArticle } from "@/lib/server/article/get-article";
import { listAnnotationColumnRows } from "@/lib/server/annotation/list-annotation-column-rows";
import { compactAnnotationRows } from "@/lib/annotations/compact/compact-annotation-rows";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { listLabels } from "@/lib/server/label/list-labels";
import { can } from "@/lib/auth/permissions";
import { latestEventId } from "@/lib/server/event/latest-event-id";
import { findMyAssignment } from "@/lib/server/assignment/find-my-assignment";
import { isAppError } from "@/lib/errors/app-error";
import { formatDate } from "@/lib/format/format-date";
import type { ArticleDoc } from "@/lib/article-content/types";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { LazyAnnotationWorkspace } from "@/components/editor/lazy-annotation-workspace";
import { toPanelLabels } from "@/components/editor/to-panel-labels";
import { ArticleDetails } from "./_components/article-details";
import { parseRevisedParams } from "./_components/parse-revised-params";
import { RevisionNotice } from "./_components/revision-notice";
import { requireSafePageParams } from "@/lib/http/require-safe-page-params";

export const metadata: Metadata = { title: "Article" };

type Props = {
  params: Promise<{ slug: string; articleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

// The annotation editor. Everything it starts with (text, labels,
// annotations, the person's role) is loaded here in one pass, so the
// highlights paint over the server-rendered text as soon as the page
// hydrates, before the editor's code has loaded, with no request waterfall.
export default async function ArticlePage({ params, searchParams }: Props) {
  const { slug, articleId } = await params;
  requireSafePageParams({ slug, articleId });
  const query = await searchParams;
  const revised = parseRevisedParams(query);
  // ?annotation=<id> (links from the inbox and the review queue) opens with it selected.
  const linked = query.annotation;
  // ?at=<start>-<end> (code points; project search's article results) opens with those words selected.
  const at = typeof query.at === "string" ? /^(\d{1,9})-(\d{1,9})$/.exec(query.at) : null;
  const access = await requirePageProjectAccess(slug);
  const { project, role, user } = access;
  // Read before the annotations: live updates resume after it, so a change
  // made while the page loads is not missed.
  const liveAfter = await latestEventId(access, articleId);
  const [article, labels, annotations, assignment] = await Promise.all([
    orNotFound(getArticle(access, articleId)),
    listLabels(access),
    orNotFound(listAnnotationColumnRows(access, articleId)),
    findMyAssignment(access, articleId),
  ]);
  const articleHref = `/projects/${project.slug}/articles/${article.id}`;
  // The per-request CSP nonce (proxy.ts), for the inline script that paints the highlights.
  const nonce = (await headers()).get("x-nonce") ?? undefined;

  return (
    <LazyAnnotationWorkspace
      // Submitting can reveal colleagues' annotations (blind projects): a new
      // key remounts the editor on the fresh list instead of merging into it.
      key={assignment?.status === "SUBMITTED" ? "submitted" : "open"}
      assignment={assignment ? { ...assignment, blind: project.blindAnnotation } : null}
      projectSlug={project.slug}
      article={{
        id: article.id,
        title: article.title,
        text: article.text,
        content: article.content as unknown as ArticleDoc,
        revision: article.revision,
        language: article.language,
      }}
      labels={toPanelLabels(labels)}
      // By column, quotes read from the text: a quarter of the bytes at 5,000
      // annotations. Read as rows straight into the columns (no DTOs), the
      // server's largest cost for this page at 5,000.
      annotations={compactAnnotationRows(annotations, createCodePointIndex(article.text), article)}
      user={{ id: user.id, name: user.name }}
      role={role}
      liveAfter={liveAfter}
      initialSelectedId={typeof linked === "string" ? linked : undefined}
      initialRange={at ? { start: Number(at[1]), end: Number(at[2]) } : undefined}
      nonce={nonce}
      header={
        <>
          <PageHeader
            className="max-w-[70ch] pb-2 pt-6"
            title={article.title}
            breadcrumbs={[{ label: project.name, href: `/projects/${project.slug}` }, { label: "Article" }]}
            description={[article.outlet, formatDate(article.publishedAt), article.author].filter((v) => v && v !== "—").join(" · ") || undefined}
            actions={
              can(role, "articles.editText") ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={`${articleHref}/revise`}>
                    <PencilLineIcon aria-hidden="true" />
                    Correct text
                  </Link>
                </Button>
              ) : undefined
            }
          />
          {/* A notice for a revision that does not exist (a hand-made address) would mislead. */}
          {revised && revised.revision <= article.revision ? <RevisionNotice revised={revised} articleHref={articleHref} /> : null}
        </>
      }
      footer={<ArticleDetails article={article} />}
    />
  );
}
