import { db } from "@/lib/db";

export async function listLabels(projectId: string) {
  return db.label.findMany({
    where: { projectId, archivedAt: null },
    orderBy: [{ kind: "asc" }, { position: "asc" }],
    select: { id: true, kind: true, key: true, name: true, color: true, description: true, rating: true, hotkey: true },
  });
}
