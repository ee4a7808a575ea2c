import { AppError } from "@/lib/errors/app-error";
import { autoAssignSchema } from "@/lib/validations/assignment";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";
import { planAutoAssignment, type AutoAssignPlan } from "@/lib/workflow/plan-auto-assignment";
import { insertAssignments } from "@/lib/server/assignment/insert-assignments";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// "Assign so each chosen article has N annotators": fills the missing seats
// from the chosen people (default: the project's annotators), least-loaded
// first, where load is each person's open (unsubmitted) assignments in the
// project. Without N, each article's own need (override or project default).
// Runs under a project-wide advisory lock so two owners auto-assigning at
// once cannot both fill the same seat.
export async function autoAssignArticles(access: ProjectAccess, input: unknown): Promise<AutoAssignPlan> {
  assertCan(access, "articles.assign");
  const { project } = access;
  const actorId = access.userId;
  const data = parseInput(autoAssignSchema, input, "Invalid request.");
  const { target, userIds } = data;
  const articleIds = [...new Set(data.articleIds)];

  return transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`assignments:${project.id}`}))`;
    const settings = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { defaultAnnotatorsPerArticle: true } });
    const articles = await tx.article.findMany({
      where: { id: { in: articleIds }, projectId: project.id, deletedAt: null },
      select: { id: true, requiredAnnotators: true, assignments: { select: { userId: true } } },
    });
    const members = await tx.membership.findMany({
      where: { projectId: project.id, ...(userIds ? { userId: { in: userIds } } : { role: "ANNOTATOR" }) },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      select: { userId: true },
    });
    const open = await tx.assignment.groupBy({
      by: ["userId"],
      where: { projectId: project.id, status: { not: "SUBMITTED" } },
      _count: { _all: true },
    });
    if (articles.length !== articleIds.length) throw new AppError("NOT_FOUND", "One of the chosen articles does not exist in this project.");
    if (userIds && members.length !== new Set(userIds).size) throw new AppError("BAD_REQUEST", "One of the chosen people is not a member of this project.");
    if (members.length === 0) throw new AppError("BAD_REQUEST", "This project has no annotators to assign.");

    const load = new Map(open.map((row) => [row.userId, row._count._all]));
    const byId = new Map(articles.map((a) => [a.id, a]));
    const plan = planAutoAssignment(
      articleIds.map((id) => {
        const article = byId.get(id)!;
        return {
          id,
          target: target ?? article.requiredAnnotators ?? settings.defaultAnnotatorsPerArticle,
          assigneeIds: article.assignments.map((a) => a.userId),
        };
      }),
      members.map((m) => ({ id: m.userId, load: load.get(m.userId) ?? 0 })),
    );
    await insertAssignments(tx, { projectId: project.id, actorId }, plan.assignments);
    return plan;
  });
}
