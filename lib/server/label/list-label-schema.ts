import { db } from "@/lib/db";
import type { LabelKind } from "@/lib/generated/prisma/enums";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";
import { assertCan } from "@/lib/server/project/assert-can";

// A label as the settings page and its client components see it: plain
// values only, dates as ISO strings (updatedAt is the edit form's version token).
export type LabelSchemaRow = {
  id: string;
  kind: LabelKind;
  key: string;
  name: string;
  description: string;
  color: string;
  rating: number | null;
  hotkey: string | null;
  archivedAt: string | null;
  updatedAt: string;
};

// Every label of a project, archived ones included, in picker order.
export async function listLabelSchema(access: ProjectAccess): Promise<LabelSchemaRow[]> {
  assertCan(access, "project.view");
  const projectId = access.project.id;
  const labels = await db.label.findMany({
    where: { projectId },
    orderBy: [{ kind: "asc" }, { position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, key: true, name: true, description: true, color: true, rating: true, hotkey: true, archivedAt: true, updatedAt: true },
  });
  return labels.map((label) => ({ ...label, archivedAt: label.archivedAt?.toISOString() ?? null, updatedAt: label.updatedAt.toISOString() }));
}
