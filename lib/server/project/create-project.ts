import type { DbClient } from "@/lib/server/db-client";
import { AppError } from "@/lib/errors/app-error";
import { newProjectSchema } from "@/lib/validations/project";
import { createDefaultLabels } from "@/lib/server/label/create-default-labels";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";

// Any signed-in user may start a project and becomes its owner. Runs inside
// the caller's transaction: project, owner membership, default labels and
// the audit row land together.
export async function createProject(tx: DbClient, ownerId: string, input: unknown) {
  const parsed = newProjectSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Invalid project.", parsed.error.issues);
  }
  const taken = await tx.project.findUnique({ where: { slug: parsed.data.slug }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", `The address "${parsed.data.slug}" is taken; choose another.`);

  const project = await tx.project.create({
    data: {
      name: parsed.data.name,
      slug: parsed.data.slug,
      description: parsed.data.description,
      memberships: { create: { userId: ownerId, role: "OWNER" } },
    },
  });
  await createDefaultLabels(tx, project.id);
  await writeAuditLog(tx, {
    projectId: project.id,
    actorId: ownerId,
    action: "project.create",
    entityType: "Project",
    entityId: project.id,
    after: { name: project.name, slug: project.slug },
  });
  return project;
}
