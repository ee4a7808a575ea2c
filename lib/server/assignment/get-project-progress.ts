import { db } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { dailySeries } from "@/lib/workflow/daily-series";

export const PROGRESS_DAYS = 14;

export type ProjectProgress = {
  statusCounts: Record<ArticleStatus, number>;
  articles: number;
  // Live annotations, and how many a reviewer has decided (or that are gold).
  annotations: number;
  reviewed: number;
  // Annotations created per UTC day over the last PROGRESS_DAYS days (all people).
  perDay: { day: string; count: number }[];
  people: { id: string; name: string; annotations: number; recentAnnotations: number; submitted: number; open: number }[];
};

const emptyCounts = (): Record<ArticleStatus, number> => ({ NOT_STARTED: 0, IN_PROGRESS: 0, SUBMITTED: 0, IN_REVIEW: 0, DONE: 0 });

// The project dashboard's figures. Per-person numbers are counts only, never
// content, so they are shown to every member, blind projects included.
export async function getProjectProgress(access: ProjectAccess, now = new Date()): Promise<ProjectProgress> {
  assertCan(access, "project.view");
  const { project } = access;
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (PROGRESS_DAYS - 1) * 86_400_000);
  const live = { projectId: project.id, deletedAt: null, article: { deletedAt: null } };
  const [byStatus, annotations, reviewed, byAuthor, daily, assignments, members] = await Promise.all([
    db.article.groupBy({ by: ["status"], where: { projectId: project.id, deletedAt: null }, _count: { _all: true } }),
    db.annotation.count({ where: live }),
    db.annotation.count({ where: { ...live, OR: [{ reviewState: { not: "PENDING" } }, { isGold: true }] } }),
    db.annotation.groupBy({ by: ["authorId"], where: live, _count: { _all: true } }),
    db.$queryRaw<{ authorId: string; day: string; count: bigint }[]>`
      SELECT a."authorId", to_char(a."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*) AS count
      FROM "Annotation" a JOIN "Article" r ON r.id = a."articleId"
      WHERE a."projectId" = ${project.id} AND a."deletedAt" IS NULL AND r."deletedAt" IS NULL AND a."createdAt" >= ${since}
      GROUP BY 1, 2`,
    db.assignment.groupBy({ by: ["userId", "status"], where: { projectId: project.id, article: { deletedAt: null } }, _count: { _all: true } }),
    db.membership.findMany({ where: { projectId: project.id }, select: { user: { select: { id: true, name: true } } } }),
  ]);

  const statusCounts = emptyCounts();
  for (const row of byStatus) statusCounts[row.status] = row._count._all;
  const total = new Map(byAuthor.map((row) => [row.authorId, row._count._all]));
  const recent = new Map<string, number>();
  for (const row of daily) recent.set(row.authorId, (recent.get(row.authorId) ?? 0) + Number(row.count));
  const submitted = new Map<string, number>();
  const open = new Map<string, number>();
  for (const row of assignments) {
    const into = row.status === "SUBMITTED" ? submitted : open;
    into.set(row.userId, (into.get(row.userId) ?? 0) + row._count._all);
  }
  const people = members
    .map(({ user }) => ({
      id: user.id,
      name: user.name,
      annotations: total.get(user.id) ?? 0,
      recentAnnotations: recent.get(user.id) ?? 0,
      submitted: submitted.get(user.id) ?? 0,
      open: open.get(user.id) ?? 0,
    }))
    .filter((p) => p.annotations + p.submitted + p.open > 0)
    .sort((a, b) => b.annotations - a.annotations || a.name.localeCompare(b.name));

  return {
    statusCounts,
    articles: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    annotations,
    reviewed,
    perDay: dailySeries(daily.map((row) => ({ day: row.day, count: Number(row.count) })), { days: PROGRESS_DAYS, today: now }),
    people,
  };
}
