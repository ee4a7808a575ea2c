import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { AnnotationRecord } from "./types";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A record after someone else's change arrived live (`remote`, newer than
 * what the server had confirmed to us). Without local work it simply
 * becomes `remote`. With unsaved changes: if `remote` changed none of the
 * fields the person is editing, their changes stay on top and go out with
 * the new version; if it did (or deleted the annotation), the record enters
 * the same conflict state a 409 would bring — their version shown, the
 * person's typing kept, one click to merge — rather than silently
 * overwriting either side. A request in flight is left alone: its answer
 * (success or 409) settles it; the caller re-applies `remote` afterwards.
 */
export function rebaseOnRemote(record: AnnotationRecord, remote: AnnotationDTO): AnnotationRecord {
  const { server } = record;
  if (server === null || record.sending || remote.version <= server.version) return record;
  if (record.conflict) return { ...record, server: remote, draft: remote, conflict: remote };
  const pendingFields = Object.keys(record.pending);
  if (pendingFields.length === 0) {
    // An unsent delete or restore gives way to a change the person has not
    // seen, as a refused delete does.
    return { ...record, server: remote, draft: remote, wantDeleted: remote.deletedAt !== null };
  }
  const clash =
    remote.deletedAt !== null ||
    pendingFields.some((field) => !same((server as Record<string, unknown>)[field], (remote as Record<string, unknown>)[field]));
  if (!clash) return { ...record, server: remote, draft: remote };
  return {
    ...record,
    server: remote,
    draft: remote,
    conflict: remote,
    save: {
      status: "failed",
      error: `Someone else changed this annotation (it is now at version ${remote.version}); your change is not saved yet.`,
      failures: 0,
      retryable: false,
    },
  };
}
