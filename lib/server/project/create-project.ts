import type { DbClient } from "@/lib/server/db-client";
import { AppError } from "@/lib/errors/app-error";
import { newProjectSchema } from "@/lib/validations/project";
import { createDefaultLabels } from "@/lib/server/label/create-default-labels";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { parseInput } from "@/lib/validations/parse-input";

// Any signed-in user may start a project and becomes its owner. Runs inside
// the caller's transaction: project, owner membership, default labels and
// the audit row land together.
export async function createProject(tx: DbClient, ownerId: string, input: unknown) {
  const data = parseInput(newProjectSchema, input, "Invalid project.");
  const taken = await tx.project.findUnique({ where: { slug: data.slug }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", `The address "${data.slug}" is taken; choose another.`);

  const project = await tx.project.create({
    data: {
      name: data.name,
      slug: data.slug,
      description: data.description,
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
