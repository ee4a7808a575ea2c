import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { can, type ProjectAction } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { isSafeText } from "@/lib/validations/safe-string";

// Only this file makes a ProjectAccess (grantProjectAccess): the brand exists
// for the type checker alone, so an object literal cannot pose as a checked access.
declare const checkedAccess: unique symbol;

// Who is asking and what they may do in one project. Every data function
// takes this (never a bare project id or slug), so an unchecked read does not
// type-check; each then checks its own action with assertCan.
export type ProjectAccess = {
  project: { id: string; slug: string; name: string; description: string; blindAnnotation: boolean };
  role: Role;
  userId: string;
  readonly [checkedAccess]: true;
};

// The membership row a ProjectAccess is made from, for a `select` on Membership
// (here, and nested in the session check of authenticateProjectRequest).
export const membershipAccessSelect = {
  role: true,
  project: { select: { id: true, slug: true, name: true, description: true, blindAnnotation: true } },
} as const;

type MembershipAccessRow = { role: Role; project: ProjectAccess["project"] };

// Pages and server actions pass the slug from the address or the client's
// arguments (any value at all): a NUL in it would make Postgres throw, and
// no project has such a slug anyway.
export function isPlausibleProjectSlug(projectSlug: unknown): projectSlug is string {
  return typeof projectSlug === "string" && isSafeText(projectSlug) && projectSlug.length <= 200;
}

// The one gate for project data. Non-members get NOT_FOUND rather than
// FORBIDDEN so a project's existence is not revealed to outsiders.
export async function requireProjectAccess(
  userId: string,
  projectSlug: string,
  action: ProjectAction = "project.view",
): Promise<ProjectAccess> {
  if (!isPlausibleProjectSlug(projectSlug)) throw new AppError("NOT_FOUND", "Project not found.");
  const membership = await db.membership.findFirst({
    where: { userId, project: { slug: projectSlug, deletedAt: null } },
    select: membershipAccessSelect,
  });
  return grantProjectAccess(membership, userId, action);
}

// The decision on a membership row already read (null: not a member of a live
// project of that slug), by the rules above.
export function grantProjectAccess(membership: MembershipAccessRow | null, userId: string, action: ProjectAction): ProjectAccess {
  if (!membership) throw new AppError("NOT_FOUND", "Project not found.");
  if (!can(membership.role, action)) {
    throw new AppError("FORBIDDEN", "Your role in this project does not allow that.");
  }
  return { role: membership.role, project: membership.project, userId } as ProjectAccess;
}
