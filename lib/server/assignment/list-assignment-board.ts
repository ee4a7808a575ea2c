import { db } from "@/lib/db";
import type { ArticleStatus, AssignmentStatus, Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/auth/permissions";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

export type BoardArticle = {
  id: string;
  title: string;
  outlet: string;
  status: ArticleStatus;
  // The article's own need, or null when it follows the project default.
  requiredOverride: number | null;
  required: number;
  assignees: { userId: string; name: string; status: AssignmentStatus }[];
};

export type BoardPerson = { id: string; name: string; role: Role; open: number; submitted: number };

export type AssignmentBoard = {
  blindAnnotation: boolean;
  defaultAnnotatorsPerArticle: number;
  articles: BoardArticle[];
  // Members who may annotate, annotators first: the people owners assign.
  people: BoardPerson[];
};

const roleRank: Record<Role, number> = { ANNOTATOR: 0, REVIEWER: 1, OWNER: 2, VIEWER: 3 };

// Everything the owners' assignment screen shows, in three queries.
export async function listAssignmentBoard(access: ProjectAccess): Promise<AssignmentBoard> {
  assertCan(access, "articles.assign");
  const { project } = access;
  const [settings, articles, members] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: project.id }, select: { blindAnnotation: true, defaultAnnotatorsPerArticle: true } }),
    db.article.findMany({
      where: { projectId: project.id, deletedAt: null },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
      select: {
        id: true,
        title: true,
        outlet: true,
        status: true,
        requiredAnnotators: true,
        assignments: { orderBy: { createdAt: "asc" }, select: { userId: true, status: true, user: { select: { name: true } } } },
      },
    }),
    db.membership.findMany({ where: { projectId: project.id }, select: { role: true, user: { select: { id: true, name: true } } } }),
  ]);
  const tally = new Map<string, { open: number; submitted: number }>();
  for (const article of articles) {
    for (const a of article.assignments) {
      const entry = tally.get(a.userId) ?? { open: 0, submitted: 0 };
      if (a.status === "SUBMITTED") entry.submitted++;
      else entry.open++;
      tally.set(a.userId, entry);
    }
  }
  const people = members
    .filter((m) => can(m.role, "annotations.create"))
    .map((m) => ({ id: m.user.id, name: m.user.name, role: m.role, open: 0, submitted: 0, ...tally.get(m.user.id) }))
    .sort((a, b) => roleRank[a.role] - roleRank[b.role] || a.name.localeCompare(b.name));
  return {
    ...settings,
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      status: a.status,
      requiredOverride: a.requiredAnnotators,
      required: a.requiredAnnotators ?? settings.defaultAnnotatorsPerArticle,
      assignees: a.assignments.map(({ userId, status, user }) => ({ userId, name: user.name, status })),
    })),
    people,
  };
}
