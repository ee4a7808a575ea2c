import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transaction } from "@/lib/db/transaction";
import { createMemoryPubSub } from "@/lib/realtime/create-memory-pub-sub";
import { createPostgresPubSub } from "@/lib/realtime/create-postgres-pub-sub";
import { closePubSub, getPubSub } from "@/lib/realtime/get-pub-sub";
import type { PubSub } from "@/lib/realtime/pub-sub";
import { toLiveEvent } from "@/lib/realtime/to-live-event";
import type { BusMessage, LiveEvent } from "@/lib/realtime/types";
import { recordAuditedEvent } from "@/lib/server/event/record-audited-event";
import { createTestProject } from "@/tests/support/create-test-project";

const realServer = process.env.DATABASE_POOL_MAX !== "1";

function collect(bus: PubSub) {
  const events: LiveEvent[] = [];
  const waiters: Array<() => void> = [];
  bus.subscribe((message: BusMessage) => {
    if (message.kind !== "event") return;
    events.push(message.event);
    for (const wake of waiters.splice(0)) wake();
  });
  const until = async (type: string) => {
    while (!events.some((e) => e.type === type)) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { events, until };
}

// recordAuditedEvent writes an audit row and a feed event and publishes the
// event in one statement. What it stores and what listeners receive must be
// exactly what writeAuditLog + recordEvent stored and sent: the stored Event
// row as toLiveEvent makes it (the Postgres bus builds that message in SQL).
async function writeAndCheck(bus: PubSub, listener: PubSub) {
  const { project, owner } = await createTestProject();
  const seen = collect(listener);
  await Promise.all([bus.ready(), listener.ready()]);
  const big = "é".repeat(5000);
  const audit = (entityId: string) => ({
    projectId: project.id,
    actorId: owner.id,
    action: "annotation.update",
    entityType: "Annotation",
    entityId,
    before: { note: "before", nested: { list: [1, 2] } },
    after: { note: "after", nested: { list: [1, 2, 3] } },
  });
  await expect(
    transaction(async (tx) => {
      await recordAuditedEvent(tx, audit("rolled-back"), { projectId: project.id, type: "test.rolled-back", payload: { n: 0 } });
      throw new Error("roll back");
    }),
  ).rejects.toThrow("roll back");
  await transaction(async (tx) => {
    await recordAuditedEvent(tx, audit("a1"), { projectId: project.id, articleId: null, type: "test.small", actorId: owner.id, payload: { annotationId: "a1", version: 2 } });
    await recordAuditedEvent(tx, { ...audit("a2"), before: null }, { projectId: project.id, type: "test.big", payload: { annotationId: "a2", big } });
  });
  await seen.until("test.big");

  const stored = await db.event.findMany({ where: { projectId: project.id, type: { startsWith: "test." } }, orderBy: { id: "asc" } });
  expect(stored.map((e) => e.type)).toEqual(["test.small", "test.big"]);
  expect(seen.events.filter((e) => e.projectId === project.id)).toEqual(stored.map(toLiveEvent));
  const audits = await db.auditLog.findMany({ where: { projectId: project.id, entityType: "Annotation" }, orderBy: { id: "asc" } });
  expect(audits.map(({ actorId, action, entityId, before, after, requestId }) => ({ actorId, action, entityId, before, after, requestId }))).toEqual([
    { ...audit("a1"), projectId: undefined, entityType: undefined, requestId: null },
    { ...audit("a2"), projectId: undefined, entityType: undefined, before: null, requestId: null },
  ].map(({ actorId, action, entityId, before, after, requestId }) => ({ actorId, action, entityId, before, after, requestId })));
}

describe("recordAuditedEvent", () => {
  it("on the in-process bus: stores both rows and delivers the stored event after the commit, nothing after a rollback", async () => {
    const bus = createMemoryPubSub();
    const holder = globalThis as unknown as { claimdeskPubSub?: PubSub };
    const saved = holder.claimdeskPubSub;
    holder.claimdeskPubSub = bus;
    try {
      await writeAndCheck(bus, bus);
    } finally {
      holder.claimdeskPubSub = saved;
    }
  });

  describe.skipIf(!realServer)("on the Postgres bus (needs TEST_DATABASE_URL)", () => {
    afterAll(async () => closePubSub());

    it("another instance receives the stored event as recordEvent sends it, a big one by reference; nothing after a rollback", async () => {
      const other = createPostgresPubSub({ connectionString: process.env.DATABASE_URL! });
      try {
        expect(getPubSub().kind).toBe("postgres");
        await writeAndCheck(getPubSub(), other);
      } finally {
        await other.close();
      }
    });
  });
});
