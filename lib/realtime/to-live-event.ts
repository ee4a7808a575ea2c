import type { LiveEvent } from "./types";

/** The columns of an Event row, however they were read (Prisma or raw `pg`). */
export type EventRow = {
  id: bigint | string | number;
  projectId: string;
  articleId: string | null;
  type: string;
  actorId: string | null;
  payload: unknown;
  createdAt: Date | string;
};

export function toLiveEvent(row: EventRow): LiveEvent {
  const payload = typeof row.payload === "object" && row.payload !== null && !Array.isArray(row.payload) ? (row.payload as Record<string, unknown>) : {};
  return {
    id: String(row.id),
    projectId: row.projectId,
    articleId: row.articleId,
    type: row.type,
    actorId: row.actorId,
    payload,
    createdAt: (row.createdAt instanceof Date ? row.createdAt : new Date(row.createdAt)).toISOString(),
  };
}
