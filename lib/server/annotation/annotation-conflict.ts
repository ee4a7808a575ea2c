import { AppError } from "@/lib/errors/app-error";
import type { DbClient } from "@/lib/server/db-client";
import { findAnnotationDTO } from "@/lib/server/annotation/find-annotation-dto";

// The error for a write whose version guard matched no row. It carries the
// stored state (`details.current`, answered as ConflictBody's `current`) so
// the editor can show what won and let the user apply their change again.
// `expected` is the state the write needed: "live" (update, delete) or
// "deleted" (restore).
export async function annotationConflict(
  tx: DbClient,
  projectId: string,
  annotationId: string,
  seenVersion: number,
  expected: "live" | "deleted",
): Promise<AppError> {
  const current = await findAnnotationDTO(tx, projectId, annotationId);
  if (!current) return new AppError("NOT_FOUND", "Annotation not found.");
  let message: string;
  if (current.version !== seenVersion) {
    message = `Someone else changed this annotation (it is now at version ${current.version}; you edited version ${seenVersion}). Your change was not saved: look at the current version and make it again.`;
  } else if (expected === "live" && current.deletedAt) {
    message = "This annotation has been deleted; restore it before changing it.";
  } else if (expected === "deleted" && !current.deletedAt) {
    message = "This annotation is not deleted, so there is nothing to restore.";
  } else {
    message = "This annotation changed while you were saving. Your change was not saved: look at the current version and make it again.";
  }
  return new AppError("CONFLICT", message, { current });
}
