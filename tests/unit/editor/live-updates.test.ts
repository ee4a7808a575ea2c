import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { AnnotationApi, ApiResult } from "@/components/editor/store/annotation-api";
import { createAnnotationStore } from "@/components/editor/store/create-annotation-store";
import { rebaseOnRemote } from "@/components/editor/store/rebase-on-remote";
import { recordFromServer } from "@/components/editor/store/annotation-records-reducer";
import { selectAnnotations } from "@/components/editor/store/select-annotations";
import { visibleAnnotation } from "@/components/editor/store/visible-annotation";
import { createLiveApplier } from "@/components/editor/live/create-live-applier";
import { LIVE_EVENT_NAME, type LiveMessage } from "@/components/editor/live/live-message";
import { annotationFixture } from "./support/annotation-fixture";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const v1 = annotationFixture({ id: "a1", version: 1, note: "", statusId: "unverified" });
const theirs = (change: Partial<AnnotationDTO>, version = 2) => ({ ...v1, ...change, version });

describe("rebaseOnRemote", () => {
  it("without local work, becomes the remote state; an older or equal version changes nothing", () => {
    const record = recordFromServer(v1);
    const next = rebaseOnRemote(record, theirs({ note: "x" }));
    expect(next.server?.note).toBe("x");
    expect(visibleAnnotation(next).note).toBe("x");
    expect(rebaseOnRemote(next, theirs({ note: "old" }, 2))).toBe(next);
    expect(rebaseOnRemote(next, v1)).toBe(next);
    expect(rebaseOnRemote(record, theirs({ deletedAt: "2026-01-02T00:00:00.000Z" })).wantDeleted).toBe(true);
  });

  it("keeps unsaved changes to other fields on top of the new version", () => {
    const record = { ...recordFromServer(v1), pending: { note: "mine" } };
    const next = rebaseOnRemote(record, theirs({ statusId: "false" }));
    expect(next.conflict).toBeNull();
    expect(next.server?.version).toBe(2);
    expect(visibleAnnotation(next)).toMatchObject({ note: "mine", statusId: "false" });
  });

  it("turns a clash on a field being edited (or a remote delete) into the 409 conflict state, keeping what was typed", () => {
    const record = { ...recordFromServer(v1), pending: { note: "mine" } };
    const clash = rebaseOnRemote(record, theirs({ note: "theirs" }));
    expect(clash.conflict?.note).toBe("theirs");
    expect(clash.pending).toEqual({ note: "mine" });
    expect(clash.save).toMatchObject({ status: "failed", retryable: false });
    const deleted = rebaseOnRemote(record, theirs({ deletedAt: "2026-01-02T00:00:00.000Z" }));
    expect(deleted.conflict?.deletedAt).not.toBeNull();
    // A newer remote state while the conflict is open replaces "theirs".
    const newer = rebaseOnRemote(clash, theirs({ note: "theirs, again" }, 3));
    expect(newer.conflict?.note).toBe("theirs, again");
    expect(newer.pending).toEqual({ note: "mine" });
  });

  it("leaves a record with a request in flight alone", () => {
    const record = { ...recordFromServer(v1), pending: { note: "mine" }, sending: { note: "mine" } };
    expect(rebaseOnRemote(record, theirs({ statusId: "false" }))).toBe(record);
  });
});

type Pending = { resolve: (result: ApiResult) => void };

// An API whose answers the test gives by hand.
function manualApi() {
  const waiting: Pending[] = [];
  const calls: Array<{ op: string; id?: string; version?: number }> = [];
  const wait = () => new Promise<ApiResult>((resolve) => waiting.push({ resolve }));
  const api: AnnotationApi = {
    create: (input) => (calls.push({ op: "create" }), void input, wait()),
    update: (id, input) => (calls.push({ op: "update", id, version: input.version }), wait()),
    remove: (id, version) => (calls.push({ op: "remove", id, version }), wait()),
    restore: (id, version) => (calls.push({ op: "restore", id, version }), wait()),
  };
  return { api, calls, answer: (result: ApiResult) => waiting.shift()!.resolve(result) };
}

describe("store.applyRemote", () => {
  it("adds colleagues' new annotations, defers while our request is in flight, and sends kept changes with the new version", async () => {
    const server = manualApi();
    const store = createAnnotationStore({ api: server.api, initial: [v1], debounceMs: 10 });
    expect(store.applyRemote(annotationFixture({ id: "b1", start: 10, end: 12 }))).toBe("applied");
    expect(selectAnnotations(store.getState()).list.map((a) => a.id)).toEqual(["a1", "b1"]);

    store.edit("a1", { note: "mine" });
    await vi.advanceTimersByTimeAsync(10);
    expect(server.calls).toEqual([{ op: "update", id: "a1", version: 1 }]);
    expect(store.applyRemote(theirs({ statusId: "false" }))).toBe("deferred");
    // Our save lost the race: 409 with their state.
    server.answer({ ok: false, failure: { kind: "conflict", status: 409, message: "conflict", current: theirs({ statusId: "false" }) } });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().records.a1?.conflict?.statusId).toBe("false");
    store.resolveConflict("a1", "mine");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.at(-1)).toEqual({ op: "update", id: "a1", version: 2 });
    server.answer({ ok: true, annotation: theirs({ statusId: "false", note: "mine" }, 3) });
    await vi.advanceTimersByTimeAsync(0);

    // Typing (not sent yet) while a colleague changes another field: the
    // typing goes out on top of their version.
    store.edit("a1", { note: "mine, more" });
    expect(store.applyRemote(theirs({ statusId: "true", note: "mine" }, 4))).toBe("applied");
    await vi.advanceTimersByTimeAsync(10);
    expect(server.calls.at(-1)).toEqual({ op: "update", id: "a1", version: 4 });
    expect(visibleAnnotation(store.getState().records.a1!)).toMatchObject({ statusId: "true", note: "mine, more" });
    store.dispose();
  });
});

describe("createLiveApplier", () => {
  const message = (annotation: AnnotationDTO, type: string, actorId: string, id = "100"): LiveMessage => ({
    event: { id, projectId: "p", articleId: annotation.articleId, type, actorId, payload: { annotationId: annotation.id, version: annotation.version }, createdAt: "2026-01-01T00:00:00.000Z" },
    annotation,
  });

  it("dispatches every event on the window target and applies the annotation it carries", () => {
    const store = createAnnotationStore({ api: manualApi().api, initial: [v1] });
    const target = new EventTarget();
    const seen: unknown[] = [];
    const notices: string[] = [];
    target.addEventListener(LIVE_EVENT_NAME, (e) => seen.push((e as CustomEvent).detail));
    const applier = createLiveApplier(store, { userId: "me", articleRevision: 1, onNotice: (m) => notices.push(m), target });
    const update = message(theirs({ note: "x" }), "annotation.updated", "colleague");
    applier.receive(update);
    expect(seen).toEqual([update.event]);
    expect(store.getState().records.a1?.server?.note).toBe("x");
    // A text revision newer than the page's is announced once; an old one (re-sent after a reconnect) is not.
    const revised = (revision: number, id: string): LiveMessage => ({ event: { ...update.event, id, type: "article.revised", payload: { revision } }, annotation: null });
    applier.receive(revised(1, "101"));
    applier.receive(revised(2, "102"));
    applier.receive(revised(2, "103"));
    expect(notices).toEqual(["Someone revised this article's text (revision 2). Reload the page to annotate the new text."]);
    expect(seen).toHaveLength(4);
    applier.dispose();
  });

  it("holds the echo of the person's own create until the create is answered, so it is never listed twice", async () => {
    const server = manualApi();
    const store = createAnnotationStore({ api: server.api, initial: [] });
    const applier = createLiveApplier(store, { userId: "me", articleRevision: 1, onNotice: () => undefined, target: new EventTarget() });
    store.create(annotationFixture({ id: "local-1", version: 0 }));
    await vi.advanceTimersByTimeAsync(0);
    const created = annotationFixture({ id: "srv-1", version: 1 });
    applier.receive(message(created, "annotation.created", "me"));
    expect(selectAnnotations(store.getState()).list.map((a) => a.id)).toEqual(["local-1"]);
    server.answer({ ok: true, annotation: created });
    await vi.advanceTimersByTimeAsync(0);
    expect(selectAnnotations(store.getState()).list.map((a) => a.id)).toEqual(["srv-1"]);
    applier.dispose();
  });
});
