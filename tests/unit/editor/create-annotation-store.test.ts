import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AnnotationDTO, CreateAnnotationInput, UpdateAnnotationInput } from "@/lib/annotations/annotation-dto";
import type { AnnotationApi, ApiResult } from "@/components/editor/store/annotation-api";
import { createAnnotationStore } from "@/components/editor/store/create-annotation-store";
import { selectAnnotations } from "@/components/editor/store/select-annotations";
import { annotationFixture } from "./support/annotation-fixture";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

type Call = { op: "create" | "update" | "remove" | "restore"; id?: string; body?: unknown; version?: number };

// An in-memory server with the API's versioning rules, and a switch to make
// it unreachable.
function fakeServer(initial: AnnotationDTO[] = []) {
  const rows = new Map(initial.map((a) => [a.id, a]));
  const calls: Call[] = [];
  let offline = false;
  let nextId = 1;
  const ok = (annotation: AnnotationDTO): ApiResult => ({ ok: true, annotation });
  const down: ApiResult = { ok: false, failure: { kind: "network", status: null, message: "offline" } };
  const conflict = (current: AnnotationDTO): ApiResult => ({ ok: false, failure: { kind: "conflict", status: 409, message: "conflict", current } });
  const bump = (row: AnnotationDTO, change: Partial<AnnotationDTO>) => {
    const next = { ...row, ...change, version: row.version + 1 };
    rows.set(row.id, next);
    return next;
  };
  const api: AnnotationApi = {
    create: async (input: CreateAnnotationInput) => {
      calls.push({ op: "create", body: input });
      if (offline) return down;
      const { entities: _e, evidence: _v, ...fields } = input;
      const created = annotationFixture({ ...fields, id: `srv-${nextId++}`, version: 1 } as Partial<AnnotationDTO>);
      rows.set(created.id, created);
      return ok(created);
    },
    update: async (id: string, input: UpdateAnnotationInput) => {
      calls.push({ op: "update", id, body: input });
      if (offline) return down;
      const row = rows.get(id)!;
      if (row.version !== input.version) return conflict(row);
      const { version: _v, ...change } = input;
      return ok(bump(row, change as Partial<AnnotationDTO>));
    },
    remove: async (id: string, version: number) => {
      calls.push({ op: "remove", id, version });
      if (offline) return down;
      const row = rows.get(id)!;
      if (row.version !== version) return conflict(row);
      return ok(bump(row, { deletedAt: "2026-01-02T00:00:00.000Z" }));
    },
    restore: async (id: string, version: number) => {
      calls.push({ op: "restore", id, version });
      if (offline) return down;
      const row = rows.get(id)!;
      if (row.version !== version) return conflict(row);
      return ok(bump(row, { deletedAt: null }));
    },
  };
  return {
    api,
    rows,
    calls,
    setOffline: (value: boolean) => {
      offline = value;
    },
    theyEdit: (id: string, change: Partial<AnnotationDTO>) => bump(rows.get(id)!, change),
  };
}

const visible = (store: ReturnType<typeof createAnnotationStore>) => selectAnnotations(store.getState());

describe("createAnnotationStore", () => {
  it("creates optimistically, then continues under the server's id; undo deletes it and redo restores it", async () => {
    const server = fakeServer();
    const store = createAnnotationStore({ api: server.api, initial: [] });
    store.create(annotationFixture({ id: "local-1" }));
    expect(visible(store).list.map((a) => a.id)).toEqual(["local-1"]);
    expect(visible(store).unsaved.has("local-1")).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(visible(store).list.map((a) => a.id)).toEqual(["srv-1"]);
    expect(store.resolveId("local-1")).toBe("srv-1");
    expect(store.hasUnsavedWork()).toBe(false);

    expect(store.undo()).toEqual({ kind: "create", id: "srv-1" });
    expect(visible(store).list).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.at(-1)).toEqual({ op: "remove", id: "srv-1", version: 1 });
    expect(server.rows.get("srv-1")!.deletedAt).not.toBeNull();

    store.redo();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.at(-1)).toEqual({ op: "restore", id: "srv-1", version: 2 });
    expect(visible(store).list.map((a) => a.id)).toEqual(["srv-1"]);
  });

  it("debounces edits into one PATCH carrying the version, and sends later edits with the next version", async () => {
    const server = fakeServer([annotationFixture()]);
    const store = createAnnotationStore({ api: server.api, initial: [annotationFixture()] });
    store.edit("a1", { note: "F" });
    store.edit("a1", { note: "Fa" });
    store.edit("a1", { statusId: "false" });
    await vi.advanceTimersByTimeAsync(399);
    expect(server.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toEqual([{ op: "update", id: "a1", body: { version: 1, note: "Fa", statusId: "false" } }]);
    store.edit("a1", { note: "False" });
    await vi.advanceTimersByTimeAsync(400);
    expect(server.calls.at(-1)).toEqual({ op: "update", id: "a1", body: { version: 2, note: "False" } });
    expect(store.getState().records.a1!.save.status).toBe("saved");
  });

  it("keeps a failed edit visible and marked unsaved, retries with backoff, and saves once the network is back", async () => {
    const server = fakeServer([annotationFixture()]);
    const store = createAnnotationStore({ api: server.api, initial: [annotationFixture()] });
    server.setOffline(true);
    store.edit("a1", { note: "typed offline" });
    await vi.advanceTimersByTimeAsync(400);
    const failed = store.getState().records.a1!;
    expect(failed.save).toMatchObject({ status: "failed", failures: 1 });
    expect(visible(store).byId.get("a1")!.note).toBe("typed offline");
    expect(store.hasUnsavedWork()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000); // second attempt, still offline
    expect(server.calls).toHaveLength(2);
    server.setOffline(false);
    await vi.advanceTimersByTimeAsync(1999);
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveLength(3);
    expect(server.rows.get("a1")!.note).toBe("typed offline");
    expect(store.getState().records.a1!.save.status).toBe("saved");
    expect(store.hasUnsavedWork()).toBe(false);
  });

  it("retries at once when asked (back online) instead of waiting out the backoff", async () => {
    const server = fakeServer([annotationFixture()]);
    const store = createAnnotationStore({ api: server.api, initial: [annotationFixture()] });
    server.setOffline(true);
    store.edit("a1", { note: "x" });
    await vi.advanceTimersByTimeAsync(400);
    server.setOffline(false);
    store.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.rows.get("a1")!.note).toBe("x");
  });

  it("keeps a create that failed as a pending local annotation and retries it", async () => {
    const server = fakeServer();
    const store = createAnnotationStore({ api: server.api, initial: [] });
    server.setOffline(true);
    store.create(annotationFixture({ id: "local-9", note: "" }));
    await vi.advanceTimersByTimeAsync(0);
    store.edit("local-9", { note: "typed before it was created" });
    expect(visible(store).list.map((a) => [a.id, a.note])).toEqual([["local-9", "typed before it was created"]]);
    server.setOffline(false);
    await vi.advanceTimersByTimeAsync(1000);
    // The create carries the edit made meanwhile; nothing is left to patch.
    expect(server.calls.filter((c) => c.op === "create")).toHaveLength(2);
    expect(server.calls.filter((c) => c.op === "update")).toHaveLength(0);
    expect(server.rows.get("srv-1")!.note).toBe("typed before it was created");
    expect(store.hasUnsavedWork()).toBe(false);
  });

  it("on 409 shows theirs with my change on top, then applies mine with the new version", async () => {
    const server = fakeServer([annotationFixture()]);
    const store = createAnnotationStore({ api: server.api, initial: [annotationFixture()] });
    server.theyEdit("a1", { statusId: "true" });
    store.edit("a1", { note: "mine" });
    await vi.advanceTimersByTimeAsync(400);
    const record = store.getState().records.a1!;
    expect(record.conflict).toMatchObject({ statusId: "true", version: 2 });
    expect(visible(store).byId.get("a1")).toMatchObject({ statusId: "true", note: "mine" });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.calls).toHaveLength(1); // waits for the person
    store.resolveConflict("a1", "mine");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.at(-1)).toEqual({ op: "update", id: "a1", body: { version: 2, note: "mine" } });
    expect(server.rows.get("a1")).toMatchObject({ statusId: "true", note: "mine", version: 3 });
  });

  it("keeps theirs on request, dropping my change", async () => {
    const server = fakeServer([annotationFixture()]);
    const store = createAnnotationStore({ api: server.api, initial: [annotationFixture()] });
    server.theyEdit("a1", { note: "theirs" });
    store.edit("a1", { note: "mine" });
    await vi.advanceTimersByTimeAsync(400);
    store.resolveConflict("a1", "theirs");
    await vi.advanceTimersByTimeAsync(1000);
    expect(visible(store).byId.get("a1")!.note).toBe("theirs");
    expect(store.hasUnsavedWork()).toBe(false);
    expect(server.calls).toHaveLength(1);
  });

  it("undoes an edit by patching back the previous values with the current version", async () => {
    const server = fakeServer([annotationFixture({ note: "before" })]);
    const store = createAnnotationStore({ api: server.api, initial: [annotationFixture({ note: "before" })] });
    store.edit("a1", { note: "after" });
    await vi.advanceTimersByTimeAsync(400);
    expect(store.undo()).toMatchObject({ kind: "edit", before: { note: "before" } });
    expect(visible(store).byId.get("a1")!.note).toBe("before");
    await vi.advanceTimersByTimeAsync(400);
    expect(server.calls.at(-1)).toEqual({ op: "update", id: "a1", body: { version: 2, note: "before" } });
  });

  it("undoes a delete by restoring, and does not delete over someone else's change", async () => {
    const server = fakeServer([annotationFixture(), annotationFixture({ id: "a2" })]);
    const store = createAnnotationStore({ api: server.api, initial: [annotationFixture(), annotationFixture({ id: "a2" })] });
    store.remove("a1");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.rows.get("a1")!.deletedAt).not.toBeNull();
    store.undo();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.rows.get("a1")!.deletedAt).toBeNull();

    const notices: string[] = [];
    store.subscribeNotices((notice) => notices.push(notice.message));
    server.theyEdit("a2", { note: "theirs" });
    store.remove("a2");
    expect(visible(store).byId.has("a2")).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.rows.get("a2")!.deletedAt).toBeNull();
    expect(visible(store).byId.get("a2")!.note).toBe("theirs");
    expect(notices).toHaveLength(1);
  });

  it("sends pending edits before a delete", async () => {
    const server = fakeServer([annotationFixture()]);
    const store = createAnnotationStore({ api: server.api, initial: [annotationFixture()] });
    store.edit("a1", { note: "last words" });
    store.remove("a1");
    await vi.advanceTimersByTimeAsync(10);
    expect(server.calls.map((c) => c.op)).toEqual(["update", "remove"]);
    expect(server.rows.get("a1")).toMatchObject({ note: "last words", version: 3 });
  });

  it("does not retry a refused change automatically, but does on request", async () => {
    const server = fakeServer([annotationFixture()]);
    const refusing: AnnotationApi = {
      ...server.api,
      update: vi.fn(async () => ({ ok: false, failure: { kind: "rejected", status: 400, message: "evidence url must be an http:// or https:// address." } }) as ApiResult),
    };
    const store = createAnnotationStore({ api: refusing, initial: [annotationFixture()] });
    store.edit("a1", { note: "x" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refusing.update).toHaveBeenCalledTimes(1);
    expect(store.getState().records.a1!.save).toMatchObject({ status: "failed", retryable: false });
    store.retry("a1");
    await vi.advanceTimersByTimeAsync(0);
    expect(refusing.update).toHaveBeenCalledTimes(2);
  });
});
