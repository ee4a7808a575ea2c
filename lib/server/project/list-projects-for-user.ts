import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type ProjectSummary = {
  id: string;
  slug: string;
  name: string;
  description: string;
  role: Role;
  articleCount: number;
  memberCount: number;
};

export async function listProjectsForUser(userId: string): Promise<ProjectSummary[]> {
  const memberships = await db.membership.findMany({
    where: { userId, project: { deletedAt: null } },
    orderBy: { project: { name: "asc" } },
    select: {
      role: true,
      project: {
        select: {
          id: true,
          slug: true,
          name: true,
          description: true,
          _count: { select: { memberships: true, articles: { where: { deletedAt: null } } } },
        },
      },
    },
  });
  return memberships.map(({ role, project }) => ({
    id: project.id,
    slug: project.slug,
    name: project.name,
    description: project.description,
    role,
    articleCount: project._count.articles,
    memberCount: project._count.memberships,
  }));
}
