import { db } from "@/lib/db";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

export async function listLabels(access: ProjectAccess) {
  assertCan(access, "project.view");
  const projectId = access.project.id;
  return db.label.findMany({
    where: { projectId, archivedAt: null },
    orderBy: [{ kind: "asc" }, { position: "asc" }],
    select: { id: true, kind: true, key: true, name: true, color: true, description: true, rating: true, hotkey: true },
  });
}
