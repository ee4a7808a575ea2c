import { db } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { blindCountScope } from "@/lib/server/assignment/blind-count-scope";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

export type ArticleListItem = {
  id: string;
  title: string;
  outlet: string;
  publishedAt: Date | null;
  createdAt: Date;
  status: ArticleStatus;
  wordCount: number;
  claimCount: number;
  mentionCount: number;
};

// Counts come from one grouped query for the whole project rather than one
// query per article. Counts follow blind annotation (blindCountScope, taken
// from the access here so no caller can forget it): on articles the viewer
// has not submitted, only the viewer's own annotations count.
export async function listArticles(access: ProjectAccess): Promise<ArticleListItem[]> {
  assertCan(access, "project.view");
  const projectId = access.project.id;
  const scope = await blindCountScope(db, access, access.project);
  const [articles, counts] = await Promise.all([
    db.article.findMany({
      where: { projectId, deletedAt: null },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
      select: { id: true, title: true, outlet: true, publishedAt: true, createdAt: true, status: true, text: true },
    }),
    db.annotation.groupBy({
      by: ["articleId", "kind", "authorId"],
      where: { projectId, deletedAt: null },
      _count: { _all: true },
    }),
  ]);
  const byArticle = new Map<string, { claims: number; mentions: number }>();
  for (const row of counts) {
    if (scope && row.authorId !== scope.userId && !scope.revealedArticleIds.has(row.articleId)) continue;
    const entry = byArticle.get(row.articleId) ?? { claims: 0, mentions: 0 };
    if (row.kind === "CLAIM") entry.claims += row._count._all;
    else entry.mentions += row._count._all;
    byArticle.set(row.articleId, entry);
  }
  return articles.map(({ text, ...article }) => ({
    ...article,
    wordCount: text.split(/\s+/u).filter(Boolean).length,
    claimCount: byArticle.get(article.id)?.claims ?? 0,
    mentionCount: byArticle.get(article.id)?.mentions ?? 0,
  }));
}
