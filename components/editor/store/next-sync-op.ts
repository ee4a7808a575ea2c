import type { AnnotationRecord } from "./types";

export type SyncOp = "create" | "patch" | "delete" | "restore" | null;

/**
 * The next request that brings the server to what the person wants, or
 * null when they agree (or when a conflict waits for the person). Edits go
 * before a delete, so a restore later brings back what was last typed; a
 * never-created annotation that was deleted needs no request at all.
 */
export function nextSyncOp(record: AnnotationRecord): SyncOp {
  if (record.conflict || record.sending) return null;
  const { server } = record;
  const dirty = Object.keys(record.pending).length > 0;
  if (server === null) return record.wantDeleted ? null : "create";
  const deleted = server.deletedAt !== null;
  if (!deleted && dirty) return "patch";
  if (!deleted && record.wantDeleted) return "delete";
  if (deleted && !record.wantDeleted) return "restore";
  return null;
}

/** True while anything the person did is not confirmed by the server. */
export function isUnsaved(record: AnnotationRecord): boolean {
  if (record.server === null) return !record.wantDeleted;
  return (
    record.sending !== null ||
    record.conflict !== null ||
    Object.keys(record.pending).length > 0 ||
    (record.server.deletedAt !== null) !== record.wantDeleted
  );
}
