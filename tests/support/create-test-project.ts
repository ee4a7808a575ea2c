import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createProject } from "@/lib/server/project/create-project";
import { createTestUser } from "./create-test-user";
import { transaction } from "@/lib/db/transaction";

// A project with an owner and one member per other role.
export async function createTestProject() {
  const [owner, reviewer, annotator, viewer, outsider] = await Promise.all([
    createTestUser("Owner"),
    createTestUser("Reviewer"),
    createTestUser("Annotator"),
    createTestUser("Viewer"),
    createTestUser("Outsider"),
  ]);
  const slug = `p-${randomBytes(5).toString("hex")}`;
  const project = await transaction((tx) => createProject(tx, owner.id, { name: `Project ${slug}`, slug }));
  const members: Array<[string, Role]> = [
    [reviewer.id, "REVIEWER"],
    [annotator.id, "ANNOTATOR"],
    [viewer.id, "VIEWER"],
  ];
  await db.membership.createMany({ data: members.map(([userId, role]) => ({ projectId: project.id, userId, role })) });
  return { project, owner, reviewer, annotator, viewer, outsider };
}
