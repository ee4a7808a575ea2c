import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMemoryPubSub } from "@/lib/realtime/create-memory-pub-sub";
import { createPostgresPubSub } from "@/lib/realtime/create-postgres-pub-sub";
import { closePubSub, getPubSub } from "@/lib/realtime/get-pub-sub";
import type { PubSub } from "@/lib/realtime/pub-sub";
import type { BusMessage, LiveEvent } from "@/lib/realtime/types";
import { recordEvent } from "@/lib/server/event/record-event";
import { createTestProject } from "@/tests/support/create-test-project";
import { transaction } from "@/lib/db/transaction";

const realServer = process.env.DATABASE_POOL_MAX !== "1";

const event = (id: string, type = "test.event"): BusMessage => ({
  kind: "event",
  event: { id, projectId: "p", articleId: "a", type, actorId: null, payload: { n: id }, createdAt: new Date(0).toISOString() },
});

/** Collects a bus's messages; `until` resolves when one matches. */
function collect(bus: PubSub) {
  const received: BusMessage[] = [];
  const waiters: Array<{ match: (m: BusMessage) => boolean; resolve: () => void }> = [];
  bus.subscribe((message) => {
    received.push(message);
    for (const w of waiters.splice(0)) {
      if (w.match(message)) w.resolve();
      else waiters.push(w);
    }
  });
  const until = (match: (m: BusMessage) => boolean) =>
    received.some(match) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ match, resolve }));
  const ids = () => received.flatMap((m) => (m.kind === "event" ? [m.event.id] : []));
  return { received, until, ids };
}

const isEvent = (id: string) => (m: BusMessage) => m.kind === "event" && m.event.id === id;

// Delivery only on commit: a message published inside a transaction reaches
// no one before the commit, and never if it rolls back. The rolled-back case
// is checked against a marker committed afterwards: both buses deliver in
// commit order, so once the marker arrived, the other one never will.
function commitSemantics(name: string, make: () => Promise<PubSub>) {
  describe(name, () => {
    let bus: PubSub;
    afterAll(async () => bus?.close());

    it("delivers a message published in a transaction only after the commit", async () => {
      bus = await make();
      const seen = collect(bus);
      await bus.ready();
      await transaction(async (tx) => {
        await bus.publishAfterCommit(tx, event("1"));
        // Give a premature delivery every chance to show up.
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(seen.ids()).toEqual([]);
      });
      await seen.until(isEvent("1"));
      expect(seen.ids()).toEqual(["1"]);
    });

    it("never delivers a message whose transaction rolled back", async () => {
      const seen = collect(bus);
      await expect(
        transaction(async (tx) => {
          await bus.publishAfterCommit(tx, event("2"));
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      await transaction(async (tx) => bus.publishAfterCommit(tx, event("3")));
      await seen.until(isEvent("3"));
      expect(seen.ids()).toEqual(["3"]);
    });

    it("delivers transient messages (presence) at once, outside any transaction", async () => {
      const seen = collect(bus);
      const entry = { connectionId: "c1", projectId: "p", articleId: "a", userId: "u", name: "U", selectedAnnotationId: null, at: 1 };
      await bus.publish({ kind: "presence", entry, gone: false });
      await seen.until((m) => m.kind === "presence");
      expect(seen.received).toEqual([{ kind: "presence", entry, gone: false }]);
    });
  });
}

commitSemantics("in-process bus", async () => createMemoryPubSub());

describe.skipIf(!realServer)("Postgres LISTEN/NOTIFY bus (needs TEST_DATABASE_URL)", () => {
  commitSemantics("postgres bus", async () => createPostgresPubSub({ connectionString: process.env.DATABASE_URL! }));

  afterAll(async () => closePubSub());

  it("recordEvent reaches every instance's listener once its transaction commits, with the stored id; big events travel by reference", async () => {
    const { project } = await createTestProject();
    const other = createPostgresPubSub({ connectionString: process.env.DATABASE_URL! });
    try {
      const here = collect(getPubSub());
      const there = collect(other);
      await Promise.all([getPubSub().ready(), other.ready()]);
      const big = "x".repeat(9000);
      await transaction(async (tx) => {
        await recordEvent(tx, { projectId: project.id, articleId: null, type: "entity.updated", actorId: null, payload: { entityId: "e1" } });
        await recordEvent(tx, { projectId: project.id, articleId: null, type: "entity.updated", actorId: null, payload: { entityId: "e2", big } });
      });
      const stored = await db.event.findMany({ where: { projectId: project.id }, orderBy: { id: "asc" } });
      const ids = stored.map((e) => String(e.id));
      for (const side of [here, there]) {
        await side.until(isEvent(ids[1]!));
        const events = side.received.flatMap((m) => (m.kind === "event" ? [m.event] : [])) as LiveEvent[];
        expect(events.map((e) => e.id)).toEqual(ids);
        expect(events[0]).toMatchObject({ projectId: project.id, type: "entity.updated", payload: { entityId: "e1" } });
        expect(events[1]?.payload).toEqual({ entityId: "e2", big });
      }
    } finally {
      await other.close();
    }
  });
});
