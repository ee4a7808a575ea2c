import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import { isBlinded } from "@/lib/workflow/is-blinded";
import { findClusterDifferences } from "@/lib/clusters/find-cluster-differences";
import type { DifferenceKind } from "@/lib/clusters/cluster-difference";
import type { CoverageArticle, CoverageFact, CoverageMatrix, CoverageMember } from "@/lib/clusters/coverage-matrix";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { loadClaimVisibility } from "@/lib/server/cluster/load-claim-visibility";

// Up to this many articles every article is a column, so an outlet that
// reports nothing shows as an empty column; above it only articles with a
// member are, or a large project's matrix would be thousands of columns wide.
const ALL_ARTICLES_UP_TO = 40;

// Facts (clusters) × articles for the coverage matrix. Blind annotation holds
// here as in the editor: a blinded annotator sees only their own members and
// members on articles they have submitted, and no cluster of which they
// could see nothing (its statement would tell them a colleague's claim).
export async function getCoverageMatrix(access: ProjectAccess): Promise<CoverageMatrix> {
  if (!can(access.role, "project.view")) throw new AppError("FORBIDDEN", "Your role in this project does not allow that.");
  const projectId = access.project.id;
  const visible = await loadClaimVisibility(db, access);
  const blinded = isBlinded({ blindAnnotation: access.project.blindAnnotation, role: access.role, submitted: false });

  const [clusters, articleCount] = await Promise.all([
    db.claimCluster.findMany({
      where: { projectId, deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        title: true,
        statement: true,
        statusId: true,
        members: {
          where: { annotation: { deletedAt: null, article: { deletedAt: null } } },
          select: {
            id: true,
            relation: true,
            reviewState: true,
            annotation: {
              select: {
                id: true,
                exact: true,
                authorId: true,
                articleId: true,
                article: { select: { id: true, title: true, outlet: true, publishedAt: true } },
              },
            },
          },
        },
      },
    }),
    db.article.count({ where: { projectId, deletedAt: null } }),
  ]);

  const columns = new Map<string, CoverageArticle>();
  if (articleCount <= ALL_ARTICLES_UP_TO) {
    const articles = await db.article.findMany({
      where: { projectId, deletedAt: null },
      select: { id: true, title: true, outlet: true, publishedAt: true },
    });
    for (const a of articles) columns.set(a.id, { id: a.id, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt?.toISOString() ?? null });
  }

  const facts: CoverageFact[] = [];
  for (const cluster of clusters) {
    const members = cluster.members.filter((m) => visible(m.annotation));
    if (blinded && members.length === 0) continue;
    const conflictsOf = memberConflicts(members.map((m) => ({ memberId: m.id, articleId: m.annotation.articleId, text: m.annotation.exact, publishedAt: m.annotation.article.publishedAt })));
    const byArticle = new Map<string, CoverageMember[]>();
    const outlets = new Set<string>();
    let first: Date | null = null;
    for (const m of members) {
      const article = m.annotation.article;
      if (!columns.has(article.id)) {
        columns.set(article.id, { id: article.id, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt?.toISOString() ?? null });
      }
      outlets.add(article.outlet.trim().toLowerCase() || `article:${article.id}`);
      if (article.publishedAt && (first === null || article.publishedAt < first)) first = article.publishedAt;
      const list = byArticle.get(article.id) ?? [];
      list.push({
        memberId: m.id,
        annotationId: m.annotation.id,
        stance: m.relation,
        text: m.annotation.exact,
        reviewState: m.reviewState,
        conflicts: conflictsOf.get(m.id) ?? [],
      });
      byArticle.set(article.id, list);
    }
    const cells = [...byArticle].map(([articleId, cellMembers]) => ({ articleId, members: cellMembers }));
    const conflict = cells.some((c) => c.members.some((m) => m.stance === "CONTRADICTS" || m.conflicts.length > 0));
    facts.push({
      id: cluster.id,
      title: cluster.title,
      statement: cluster.statement,
      statusId: cluster.statusId,
      cells,
      outletCount: outlets.size,
      conflict,
      singleOutlet: outlets.size === 1,
      firstAppearance: first?.toISOString() ?? null,
    });
  }

  return { articles: [...columns.values()].sort(byPublication), facts };
}

// Which kinds of flagged differences each member takes part in.
function memberConflicts(members: Parameters<typeof findClusterDifferences>[0]): Map<string, DifferenceKind[]> {
  const out = new Map<string, DifferenceKind[]>();
  if (members.length < 2) return out;
  for (const difference of findClusterDifferences(members)) {
    for (const side of difference.sides) {
      const kinds = out.get(side.memberId) ?? [];
      if (!kinds.includes(difference.kind)) kinds.push(difference.kind);
      out.set(side.memberId, kinds);
    }
  }
  return out;
}

// Publication order, undated articles last, then by outlet and title so the
// columns do not shuffle between loads.
function byPublication(a: CoverageArticle, b: CoverageArticle): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? -1 : 1;
  }
  return a.outlet.localeCompare(b.outlet) || a.title.localeCompare(b.title);
}
