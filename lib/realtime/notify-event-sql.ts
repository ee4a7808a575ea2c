import { Prisma } from "@/lib/generated/prisma/client";
import { LIVE_CHANNEL, MAX_NOTIFY_BYTES } from "./live-channel";

/**
 * The pg_notify call that publishes an Event row on the Postgres bus, built
 * by Postgres itself from the row `alias` names, so a writer that inserts the
 * event can publish it in the same statement instead of a round trip of its
 * own (bench:load, docs/benchmarks.md). It sends what
 * `encodeNotifyPayload({ kind: "event", event: toLiveEvent(row) })` sends:
 * the same keys in the same order (json_build_object keeps them; only the
 * spacing differs), createdAt as toISOString writes it, and a reference by
 * id when the text is over MAX_NOTIFY_BYTES. Use it in a FROM clause:
 * `FROM inserted e, LATERAL (SELECT ${notifyEventSql("e")}) AS notified`.
 */
export function notifyEventSql(alias: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`notifyEventSql: not a plain alias: ${alias}`);
  const e = Prisma.raw(alias);
  return Prisma.sql`pg_notify(${LIVE_CHANNEL}, (
    SELECT CASE WHEN octet_length(message) <= ${MAX_NOTIFY_BYTES} THEN message
                ELSE json_build_object('kind', 'event-ref', 'id', ${e}.id::text)::text END
    FROM (SELECT json_build_object('kind', 'event', 'event', json_build_object(
            'id', ${e}.id::text, 'projectId', ${e}."projectId", 'articleId', ${e}."articleId", 'type', ${e}.type,
            'actorId', ${e}."actorId", 'payload', ${e}.payload,
            'createdAt', to_char(${e}."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))::text AS message) AS encoded))`;
}
