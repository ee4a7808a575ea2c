import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";

// A digit tags a selection with exactly one entity type, so it may belong to
// one active entity type at a time. Archived types keep theirs (see restoreLabel).
// Call after lockLabelSchema so the answer stays true until commit.
export async function assertHotkeyFree(tx: DbClient, projectId: string, hotkey: string, exceptLabelId?: string): Promise<void> {
  const holder = await tx.label.findFirst({
    where: { projectId, kind: "ENTITY_TYPE", hotkey, archivedAt: null, ...(exceptLabelId ? { id: { not: exceptLabelId } } : {}) },
    select: { name: true },
  });
  if (holder) {
    throw new AppError("CONFLICT", `Hotkey ${hotkey} is already used by the entity type "${holder.name}". Choose another digit or free it first.`);
  }
}
