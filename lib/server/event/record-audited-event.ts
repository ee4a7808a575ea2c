import { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";
import type { AuditEntry } from "@/lib/server/audit/write-audit-log";
import type { EventEntry } from "@/lib/server/event/record-event";
import { getPubSub } from "@/lib/realtime/get-pub-sub";
import { notifyEventSql } from "@/lib/realtime/notify-event-sql";
import { toLiveEvent, type EventRow } from "@/lib/realtime/to-live-event";

const json = (value: Prisma.InputJsonValue | null | undefined) => (value === null || value === undefined ? null : JSON.stringify(value));

// writeAuditLog and recordEvent for one change in a single statement: the
// audit row, the feed event and, on the Postgres bus, its NOTIFY. Every
// annotation write and review leaves all three, and as three statements they
// were three round trips and three passes through the query layer per write
// (bench:load, docs/benchmarks.md). The same rows and the same live message
// as the two functions write; call it with the transaction of the change.
export async function recordAuditedEvent(tx: DbClient, audit: AuditEntry, entry: EventEntry): Promise<void> {
  const inserted = Prisma.sql`
    WITH audit AS (
      INSERT INTO "AuditLog" ("projectId", "actorId", action, "entityType", "entityId", before, after, "requestId")
      VALUES (${audit.projectId ?? null}, ${audit.actorId ?? null}, ${audit.action}, ${audit.entityType}, ${audit.entityId},
              ${json(audit.before)}::jsonb, ${json(audit.after)}::jsonb, ${audit.requestId ?? null})
    ), inserted AS (
      INSERT INTO "Event" ("projectId", "articleId", type, "actorId", payload)
      VALUES (${entry.projectId}, ${entry.articleId ?? null}, ${entry.type}, ${entry.actorId ?? null}, ${json(entry.payload)}::jsonb)
      RETURNING id, "projectId", "articleId", type, "actorId", payload, "createdAt"
    )`;
  const bus = getPubSub();
  if (bus.kind === "postgres") {
    // Sent on commit, dropped on rollback, like publishAfterCommit's pg_notify.
    await tx.$executeRaw`${inserted} SELECT ${notifyEventSql("e")} FROM inserted e`;
    return;
  }
  const rows = await tx.$queryRaw<EventRow[]>`${inserted} SELECT id::text AS id, "projectId", "articleId", type, "actorId", payload, "createdAt" FROM inserted`;
  await bus.publishAfterCommit(tx, { kind: "event", event: toLiveEvent(rows[0]!) });
}
