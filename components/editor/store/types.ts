import type { AnnotationDTO, UpdateAnnotationInput } from "@/lib/annotations/annotation-dto";

/** A change the user made to one annotation: any fields a PATCH may carry, without the version. */
export type AnnotationPatch = Omit<UpdateAnnotationInput, "version">;

export type SaveStatus = "idle" | "saving" | "saved" | "failed";

export type RecordSave = {
  status: SaveStatus;
  error: string | null;
  /** Failed attempts in a row; drives the retry backoff. */
  failures: number;
  /**
   * False after an answer the server would give again (a 4xx): no automatic
   * retry, the person decides (retry or discard).
   */
  retryable: boolean;
};

/**
 * One annotation as the editor holds it: what the server last confirmed,
 * and what the person did on top that is not confirmed yet. What is shown
 * is always `server ?? draft` with `pending` applied, so an unsaved edit
 * stays visible whatever happens to the request.
 */
export type AnnotationRecord = {
  /** The server's id, or a "local-…" one until the create succeeds. */
  id: string;
  /** Last state the server confirmed; null until created. */
  server: AnnotationDTO | null;
  /** What a not-yet-created annotation will be; equals `server` once created. */
  draft: AnnotationDTO;
  /** Changes not yet confirmed, including any being sent right now. */
  pending: AnnotationPatch;
  /** The part of `pending` in flight, to tell what a response confirmed. */
  sending: AnnotationPatch | null;
  /** What the person wants: deleted or not (the server may not agree yet). */
  wantDeleted: boolean;
  save: RecordSave;
  /**
   * The stored state that won over this person's change (409): shown next to
   * `pending` until they apply their change on top or keep the stored one.
   */
  conflict: AnnotationDTO | null;
};

export type UndoEntry =
  | { kind: "create"; id: string }
  | { kind: "delete"; id: string }
  | { kind: "edit"; id: string; before: AnnotationPatch; after: AnnotationPatch; at: number };

export type UndoHistory = { past: readonly UndoEntry[]; future: readonly UndoEntry[] };

export type AnnotationStoreState = {
  records: Readonly<Record<string, AnnotationRecord>>;
  /** Local ids of created annotations → their server ids. */
  aliases: Readonly<Record<string, string>>;
  history: UndoHistory;
};

/** Something the person should be told that is not tied to the open panel. */
export type StoreNotice = { kind: "info" | "error"; message: string; annotationId?: string };
