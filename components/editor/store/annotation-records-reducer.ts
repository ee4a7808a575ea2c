import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { withoutSent } from "./without-sent";
import { rebaseOnRemote } from "./rebase-on-remote";
import type { AnnotationPatch, AnnotationRecord, AnnotationStoreState, RecordSave } from "./types";

export type RecordsAction =
  | { type: "loaded"; annotations: readonly AnnotationDTO[] }
  | { type: "drafted"; draft: AnnotationDTO }
  | { type: "edited"; id: string; patch: AnnotationPatch }
  | { type: "deleteRequested"; id: string; deleted: boolean }
  | { type: "sendStarted"; id: string; sending: AnnotationPatch }
  | { type: "created"; id: string; annotation: AnnotationDTO }
  | { type: "confirmed"; id: string; annotation: AnnotationDTO }
  | { type: "failed"; id: string; error: string; retryable: boolean }
  | { type: "conflicted"; id: string; current: AnnotationDTO }
  | { type: "deleteRefused"; id: string; current: AnnotationDTO }
  | { type: "conflictResolved"; id: string; keep: "mine" | "theirs" }
  | { type: "retryRequested"; id: string }
  | { type: "discarded"; id: string }
  | { type: "remoteChanged"; annotation: AnnotationDTO };

const idle: RecordSave = { status: "idle", error: null, failures: 0, retryable: true };

export function recordFromServer(annotation: AnnotationDTO): AnnotationRecord {
  return {
    id: annotation.id,
    server: annotation,
    draft: annotation,
    pending: {},
    sending: null,
    wantDeleted: annotation.deletedAt !== null,
    save: idle,
    conflict: null,
  };
}

function update(state: AnnotationStoreState, id: string, change: (record: AnnotationRecord) => AnnotationRecord | null): AnnotationStoreState {
  const key = state.aliases[id] ?? id;
  const record = state.records[key];
  if (!record) return state;
  const next = change(record);
  if (next === record) return state;
  const records = { ...state.records };
  if (next === null) delete records[key];
  else records[key] = next;
  return { ...state, records };
}

// Pure transitions of the annotation records. Requests are made elsewhere
// (createAnnotationStore); this only records what the person asked for and
// what the server answered, so every state can be tested without a network.
export function annotationRecordsReducer(state: AnnotationStoreState, action: RecordsAction): AnnotationStoreState {
  switch (action.type) {
    case "loaded": {
      const records: Record<string, AnnotationRecord> = {};
      // Local work survives a reload of the list.
      for (const record of Object.values(state.records)) {
        if (record.server === null || Object.keys(record.pending).length > 0 || record.sending) records[record.id] = record;
      }
      for (const annotation of action.annotations) {
        if (!records[annotation.id]) records[annotation.id] = recordFromServer(annotation);
      }
      return { ...state, records };
    }
    case "drafted":
      return {
        ...state,
        records: { ...state.records, [action.draft.id]: { ...recordFromServer(action.draft), server: null, save: { ...idle, status: "saving" } } },
      };
    case "edited":
      return update(state, action.id, (record) => ({
        ...record,
        pending: { ...record.pending, ...action.patch },
        save: record.conflict ? record.save : { ...record.save, status: "saving", error: null, retryable: true },
      }));
    case "deleteRequested":
      return update(state, action.id, (record) => ({ ...record, wantDeleted: action.deleted, save: { ...record.save, retryable: true } }));
    case "sendStarted":
      return update(state, action.id, (record) => ({ ...record, sending: action.sending, save: { ...record.save, status: "saving" } }));
    case "created": {
      const key = state.aliases[action.id] ?? action.id;
      const record = state.records[key];
      if (!record) return state;
      const created: AnnotationRecord = {
        ...record,
        id: action.annotation.id,
        server: action.annotation,
        draft: action.annotation,
        pending: withoutSent(record.pending, record.sending ?? {}),
        sending: null,
        save: { ...idle, status: "saved" },
      };
      const records = { ...state.records };
      delete records[key];
      records[created.id] = created;
      return { ...state, records, aliases: { ...state.aliases, [key]: created.id } };
    }
    case "confirmed":
      return update(state, action.id, (record) => {
        const pending = withoutSent(record.pending, record.sending ?? {});
        const dirty = Object.keys(pending).length > 0;
        return { ...record, server: action.annotation, pending, sending: null, save: { ...idle, status: dirty ? "saving" : "saved" } };
      });
    case "failed":
      return update(state, action.id, (record) => ({
        ...record,
        sending: null,
        save: { status: "failed", error: action.error, failures: record.save.failures + 1, retryable: action.retryable },
      }));
    case "conflicted":
      return update(state, action.id, (record) => ({
        ...record,
        server: action.current,
        sending: null,
        conflict: action.current,
        save: { status: "failed", error: `Someone else changed this annotation (it is now at version ${action.current.version}); your change is not saved yet.`, failures: 0, retryable: false },
      }));
    case "deleteRefused":
      // A delete is never forced over a change the person has not seen: the
      // annotation comes back as it now is.
      return update(state, action.id, (record) => ({
        ...record,
        server: action.current,
        sending: null,
        wantDeleted: action.current.deletedAt !== null,
        save: { ...idle },
      }));
    case "conflictResolved":
      return update(state, action.id, (record) => {
        if (!record.conflict) return record;
        if (action.keep === "mine") return { ...record, conflict: null, save: { ...idle, status: "saving" } };
        return { ...record, conflict: null, pending: {}, wantDeleted: record.conflict.deletedAt !== null, save: { ...idle } };
      });
    case "retryRequested":
      return update(state, action.id, (record) => ({ ...record, save: { ...record.save, status: "saving", retryable: true } }));
    case "remoteChanged": {
      // Someone else's change, seen live. New annotations join the list.
      const remote = action.annotation;
      if (!state.records[remote.id]) return { ...state, records: { ...state.records, [remote.id]: recordFromServer(remote) } };
      return update(state, remote.id, (record) => rebaseOnRemote(record, remote));
    }
    case "discarded":
      return update(state, action.id, (record) => {
        if (record.server === null) return null;
        return { ...record, pending: {}, sending: null, conflict: null, wantDeleted: record.server.deletedAt !== null, save: { ...idle } };
      });
  }
}
