import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";

export type EventEntry = {
  projectId: string;
  // Set for changes that belong to one article, so its open editors can follow them.
  articleId?: string | null;
  // "annotation.created", "annotation.updated", ...
  type: string;
  actorId?: string | null;
  payload: Prisma.InputJsonValue;
};

// Appends to the project's change feed. Call with the transaction that makes
// the change, so no one is told about a change that rolled back. Ids are
// taken at insert, not at commit: a reader catching up by id must allow for a
// lower id becoming visible after a higher one.
export async function recordEvent(tx: DbClient, entry: EventEntry): Promise<void> {
  await tx.event.create({
    data: {
      projectId: entry.projectId,
      articleId: entry.articleId ?? null,
      type: entry.type,
      actorId: entry.actorId ?? null,
      payload: entry.payload,
    },
  });
}
