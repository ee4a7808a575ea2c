import { db } from "@/lib/db";
import type { LabelKind } from "@/lib/generated/prisma/enums";

// The id of one of the project's default labels, by kind and key.
export async function labelId(projectId: string, kind: LabelKind, key: string): Promise<string> {
  const label = await db.label.findUniqueOrThrow({ where: { projectId_kind_key: { projectId, kind, key } }, select: { id: true } });
  return label.id;
}
