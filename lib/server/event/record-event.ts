import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";
import { getPubSub } from "@/lib/realtime/get-pub-sub";
import { toLiveEvent } from "@/lib/realtime/to-live-event";

export type EventEntry = {
  projectId: string;
  // Set for changes that belong to one article, so its open editors can follow them.
  articleId?: string | null;
  // "annotation.created", "annotation.updated", ...
  type: string;
  actorId?: string | null;
  payload: Prisma.InputJsonValue;
};

// Appends to the project's change feed and tells open views about it. Call
// with the transaction that makes the change, so no one is told about a
// change that rolled back: the live bus delivers the event on commit
// (pg_notify in this transaction, or the in-process bus after it). Ids are
// taken at insert, not at commit: a reader catching up by id must allow for
// a lower id becoming visible after a higher one.
export async function recordEvent(tx: DbClient, entry: EventEntry): Promise<void> {
  const row = await tx.event.create({
    data: {
      projectId: entry.projectId,
      articleId: entry.articleId ?? null,
      type: entry.type,
      actorId: entry.actorId ?? null,
      payload: entry.payload,
    },
  });
  await getPubSub().publishAfterCommit(tx, { kind: "event", event: toLiveEvent(row) });
}
