import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { AnnotationApi, ApiFailure } from "./annotation-api";
import { annotationRecordsReducer, recordFromServer, type RecordsAction } from "./annotation-records-reducer";
import { createInputOf } from "./create-input-of";
import { nextSyncOp, isUnsaved } from "./next-sync-op";
import { createSaveQueue, defaultBackoff, type RunOutcome } from "./save-queue";
import { toWirePatch } from "./to-wire-patch";
import { EMPTY_HISTORY, recordAction, renameInHistory, takeRedo, takeUndo } from "./undo-history";
import { visibleAnnotation } from "./visible-annotation";
import type { AnnotationPatch, AnnotationStoreState, StoreNotice, UndoEntry } from "./types";

export type AnnotationStoreOptions = {
  api: AnnotationApi;
  initial: readonly AnnotationDTO[];
  /** Quiet time after the last edit before it is sent. @default 400 */
  debounceMs?: number;
  backoff?: (failures: number) => number;
  now?: () => number;
};

export type AnnotationStore = {
  getState(): AnnotationStoreState;
  subscribe(listener: () => void): () => void;
  /** Messages for the person that belong to no panel (a refused delete). */
  subscribeNotices(listener: (notice: StoreNotice) => void): () => void;
  /** Adds a drafted annotation (its id a local one) and creates it on the server. */
  create(draft: AnnotationDTO): void;
  edit(id: string, patch: AnnotationPatch): void;
  remove(id: string): void;
  restore(id: string): void;
  /** Undoes the person's last create, delete or edit; returns what was undone. */
  undo(): UndoEntry | null;
  redo(): UndoEntry | null;
  retry(id?: string): void;
  resolveConflict(id: string, keep: "mine" | "theirs"): void;
  /** Drops unsaved changes (and a never-created draft). */
  discard(id: string): void;
  /** Sends everything now, skipping the debounce (the page is being hidden). */
  flush(): void;
  /** The current id of an annotation that may have been created since. */
  resolveId(id: string): string;
  hasUnsavedWork(): boolean;
  /**
   * Someone else's change, seen live: "applied" (shown now), "unchanged"
   * (nothing new), or "deferred" while a request of ours for that
   * annotation is in flight (apply it again once it is answered).
   */
  applyRemote(annotation: AnnotationDTO): "applied" | "unchanged" | "deferred";
  dispose(): void;
};

const retryable = (failure: ApiFailure) => failure.kind === "network" || failure.kind === "server";

/**
 * The editor's annotations and their saving. Every action is applied to
 * the local state at once (so highlights and the panel react in the same
 * frame); a per-annotation queue then sends what the server is missing, one
 * request at a time, each carrying the version the last one returned.
 */
export function createAnnotationStore(options: AnnotationStoreOptions): AnnotationStore {
  const { api, debounceMs = 400, now = () => Date.now() } = options;
  const noticeListeners = new Set<(notice: StoreNotice) => void>();
  const notify = (notice: StoreNotice) => noticeListeners.forEach((listener) => listener(notice));
  const records: AnnotationStoreState["records"] = Object.fromEntries(options.initial.map((a) => [a.id, recordFromServer(a)]));
  let state: AnnotationStoreState = { records, aliases: {}, history: EMPTY_HISTORY };
  const listeners = new Set<() => void>();

  const setState = (next: AnnotationStoreState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  };
  const dispatch = (action: RecordsAction) => setState(annotationRecordsReducer(state, action));
  const resolveId = (id: string) => state.aliases[id] ?? id;
  const recordOf = (id: string) => state.records[resolveId(id)];

  const fail = (id: string, failure: ApiFailure): RunOutcome => {
    dispatch({ type: "failed", id, error: failure.message, retryable: retryable(failure) });
    return retryable(failure) ? "retry" : "done";
  };

  // One step towards what the person wants for annotation `key`.
  const sync = async (key: string): Promise<RunOutcome> => {
    // A created annotation continues under its server id, queued by `created`.
    if (resolveId(key) !== key) return "done";
    const record = state.records[key];
    if (!record || (record.save.status === "failed" && !record.save.retryable)) return "done";
    const op = nextSyncOp(record);
    if (op === null) return "done";
    const sent = record.pending;
    dispatch({ type: "sendStarted", id: key, sending: sent });

    if (op === "create") {
      const result = await api.create(createInputOf(visibleAnnotation(record)));
      if (!result.ok) return fail(key, result.failure);
      dispatch({ type: "created", id: key, annotation: result.annotation });
      setState({ ...state, history: renameInHistory(state.history, key, result.annotation.id) });
      if (recordOf(key) && nextSyncOp(recordOf(key)!) !== null) queue.schedule(result.annotation.id, 0);
      return "done";
    }

    const server = record.server!;
    const result =
      op === "patch"
        ? await api.update(key, { version: server.version, ...toWirePatch(sent) })
        : op === "delete"
          ? await api.remove(key, server.version)
          : await api.restore(key, server.version);
    if (result.ok) {
      dispatch({ type: "confirmed", id: key, annotation: result.annotation });
      return "again";
    }
    const { failure } = result;
    if (failure.kind !== "conflict" || !failure.current) return fail(key, failure);
    const current = failure.current;
    if (op === "patch") {
      dispatch({ type: "conflicted", id: key, current });
      return "done";
    }
    if (op === "delete") {
      dispatch({ type: "deleteRefused", id: key, current });
      if (current.deletedAt === null) {
        notify({ kind: "error", message: "Not deleted: someone changed this annotation in the meantime. Look at it and delete it again if you still want to.", annotationId: key });
      }
      return "again";
    }
    // Restore: someone else restored it already, or changed it while deleted.
    dispatch({ type: "confirmed", id: key, annotation: current });
    return "again";
  };

  const queue = createSaveQueue({ run: sync, backoff: options.backoff ?? defaultBackoff });

  const record = (entry: UndoEntry) => setState({ ...state, history: recordAction(state.history, entry) });

  const applyEdit = (id: string, patch: AnnotationPatch) => {
    const key = resolveId(id);
    if (!state.records[key]) return;
    dispatch({ type: "edited", id: key, patch });
    queue.schedule(key, debounceMs);
  };

  const setDeleted = (id: string, deleted: boolean) => {
    const key = resolveId(id);
    if (!state.records[key]) return;
    dispatch({ type: "deleteRequested", id: key, deleted });
    queue.schedule(key, 0);
  };

  const perform = (entry: UndoEntry, direction: "undo" | "redo") => {
    const id = resolveId(entry.id);
    if (entry.kind === "create") setDeleted(id, direction === "undo");
    else if (entry.kind === "delete") setDeleted(id, direction === "redo");
    else applyEdit(id, direction === "undo" ? entry.before : entry.after);
  };

  return {
    getState: () => state,
    subscribeNotices: (listener) => {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    create: (draft) => {
      dispatch({ type: "drafted", draft });
      record({ kind: "create", id: draft.id });
      queue.schedule(draft.id, 0);
    },
    edit: (id, patch) => {
      const current = recordOf(id);
      if (!current) return;
      const visible = visibleAnnotation(current);
      const before: AnnotationPatch = {};
      for (const field of Object.keys(patch) as Array<keyof AnnotationPatch>) {
        (before as Record<string, unknown>)[field] = visible[field as keyof typeof visible];
      }
      record({ kind: "edit", id: current.id, before, after: patch, at: now() });
      applyEdit(id, patch);
    },
    remove: (id) => {
      const current = recordOf(id);
      if (!current || current.wantDeleted) return;
      record({ kind: "delete", id: current.id });
      setDeleted(id, true);
    },
    restore: (id) => setDeleted(id, false),
    undo: () => {
      const taken = takeUndo(state.history);
      if (!taken) return null;
      setState({ ...state, history: taken.history });
      perform(taken.entry, "undo");
      return taken.entry;
    },
    redo: () => {
      const taken = takeRedo(state.history);
      if (!taken) return null;
      setState({ ...state, history: taken.history });
      perform(taken.entry, "redo");
      return taken.entry;
    },
    retry: (id) => {
      const keys = id === undefined ? Object.keys(state.records) : [resolveId(id)];
      for (const key of keys) {
        const current = state.records[key];
        if (!current || current.conflict || !isUnsaved(current)) continue;
        dispatch({ type: "retryRequested", id: key });
        queue.schedule(key, 0);
      }
      queue.flush(id === undefined ? undefined : resolveId(id));
    },
    resolveConflict: (id, keep) => {
      dispatch({ type: "conflictResolved", id, keep });
      queue.schedule(resolveId(id), 0);
    },
    discard: (id) => dispatch({ type: "discarded", id }),
    flush: () => queue.flush(),
    resolveId,
    hasUnsavedWork: () => Object.values(state.records).some(isUnsaved),
    applyRemote: (annotation) => {
      const before = state.records[annotation.id];
      if (before?.sending) return "deferred";
      dispatch({ type: "remoteChanged", annotation });
      const after = state.records[annotation.id];
      if (after === before) return "unchanged";
      // Changes kept on top of the new version go out with it.
      if (after && !after.conflict && nextSyncOp(after) !== null) queue.schedule(annotation.id, debounceMs);
      return "applied";
    },
    dispose: () => {
      queue.dispose();
      listeners.clear();
      noticeListeners.clear();
    },
  };
}
