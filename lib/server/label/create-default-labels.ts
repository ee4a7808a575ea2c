import type { DbClient } from "@/lib/server/db-client";
import { defaultLabels } from "@/lib/server/label/default-labels";

export async function createDefaultLabels(tx: DbClient, projectId: string): Promise<void> {
  await tx.label.createMany({
    data: defaultLabels.map((label, index) => ({
      projectId,
      kind: label.kind,
      key: label.key,
      name: label.name,
      color: label.color,
      description: label.description,
      rating: label.rating ?? null,
      hotkey: label.hotkey ?? null,
      position: index,
    })),
  });
}
