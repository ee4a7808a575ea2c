import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLabel } from "@/lib/server/label/create-label";
import { updateLabel } from "@/lib/server/label/update-label";
import { archiveLabel } from "@/lib/server/label/archive-label";
import { restoreLabel } from "@/lib/server/label/restore-label";
import { moveLabel } from "@/lib/server/label/move-label";
import { listLabelSchema } from "@/lib/server/label/list-label-schema";
import { createTestProject } from "@/tests/support/create-test-project";
import { withProjectAccess } from "@/tests/support/with-project-access";

async function labelByKey(projectId: string, kind: "CLAIM_TYPE" | "ENTITY_TYPE" | "VERIFICATION_STATUS", key: string) {
  return db.label.findUniqueOrThrow({ where: { projectId_kind_key: { projectId, kind, key } } });
}

async function labelAudit(projectId: string) {
  return db.auditLog.findMany({ where: { projectId, action: { startsWith: "label." } }, orderBy: { id: "asc" } });
}

describe("label schema editing (real Postgres)", () => {
  it("an owner creates a label: key from the name, placed last, audited", async () => {
    const { project, owner } = await createTestProject();
    const label = await withProjectAccess(owner.id, project.slug, (access) => createLabel(access, { kind: "CLAIM_TYPE", name: "Budget figure", color: "#AA00FF", description: " Money. " }));
    expect(label).toMatchObject({ key: "budget_figure", name: "Budget figure", color: "#aa00ff", description: "Money.", rating: null, hotkey: null, archivedAt: null });

    const claimTypes = (await withProjectAccess(owner.id, project.slug, (access) => listLabelSchema(access))).filter((l) => l.kind === "CLAIM_TYPE");
    expect(claimTypes.at(-1)?.id).toBe(label.id);

    const [audit] = await labelAudit(project.id);
    expect(audit).toMatchObject({ action: "label.create", actorId: owner.id, entityType: "Label", entityId: label.id, before: null });
    expect(audit?.after).toMatchObject({ key: "budget_figure", kind: "CLAIM_TYPE", color: "#aa00ff" });
  });

  it("creates an entity type with a free hotkey and a status with a rating", async () => {
    const { project, owner } = await createTestProject();
    const ship = await withProjectAccess(owner.id, project.slug, (access) => createLabel(access, { kind: "ENTITY_TYPE", name: "Ship", color: "#123456", hotkey: "8" }));
    expect(ship.hotkey).toBe("8");
    const half = await withProjectAccess(owner.id, project.slug, (access) => createLabel(access, { kind: "VERIFICATION_STATUS", name: "Half true", color: "#123456", rating: "3" }));
    expect(half).toMatchObject({ key: "half_true", rating: 3 });
  });

  it("refuses a key already used in the same kind with 409 naming the clash, but allows it in another kind", async () => {
    const { project, owner } = await createTestProject();
    const before = await db.label.count({ where: { projectId: project.id } });
    // "event" exists as a claim type and an entity type by default.
    await expect(withProjectAccess(owner.id, project.slug, (access) => createLabel(access, { kind: "CLAIM_TYPE", name: "Event", color: "#000000" }))).rejects.toMatchObject({
      code: "CONFLICT",
      status: 409,
      message: 'The key "event" is already used by the claim type "Event"; choose a different name or key.',
    });
    await expect(withProjectAccess(owner.id, project.slug, (access) => createLabel(access, { kind: "VERIFICATION_STATUS", name: "Other", color: "#000000", key: "false" }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining('"False"'),
    });
    expect(await db.label.count({ where: { projectId: project.id } })).toBe(before);
    expect(await labelAudit(project.id)).toHaveLength(0);

    // The same key in another kind is a different label.
    const status = await withProjectAccess(owner.id, project.slug, (access) => createLabel(access, { kind: "VERIFICATION_STATUS", name: "Event", color: "#000000" }));
    expect(status.key).toBe("event");
  });

  it("counts archived labels' keys as taken and says so", async () => {
    const { project, owner } = await createTestProject();
    const causal = await labelByKey(project.id, "CLAIM_TYPE", "causal");
    await withProjectAccess(owner.id, project.slug, (access) => archiveLabel(access, causal.id));
    await expect(withProjectAccess(owner.id, project.slug, (access) => createLabel(access, { kind: "CLAIM_TYPE", name: "Causal", color: "#000000" }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("archived"),
    });
  });

  it("refuses a hotkey used by another active entity type, on create and on edit", async () => {
    const { project, owner } = await createTestProject();
    await expect(withProjectAccess(owner.id, project.slug, (access) => createLabel(access, { kind: "ENTITY_TYPE", name: "Ship", color: "#000000", hotkey: "1" }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: 'Hotkey 1 is already used by the entity type "Person". Choose another digit or free it first.',
    });
    expect(await db.label.count({ where: { projectId: project.id, key: "ship" } })).toBe(0);

    const location = await labelByKey(project.id, "ENTITY_TYPE", "location");
    await expect(
      withProjectAccess(owner.id, project.slug, (access) => updateLabel(access, { id: location.id, updatedAt: location.updatedAt.toISOString(), hotkey: "2", name: "Place" })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining('"Organization"') });
    const unchanged = await db.label.findUniqueOrThrow({ where: { id: location.id } });
    expect(unchanged).toMatchObject({ hotkey: "3", name: "Location", updatedAt: location.updatedAt });

    // Keeping its own hotkey is not a clash; a free digit is fine.
    const kept = await withProjectAccess(owner.id, project.slug, (access) => updateLabel(access, { id: location.id, updatedAt: location.updatedAt.toISOString(), hotkey: "3", name: "Place" }));
    const moved = await withProjectAccess(owner.id, project.slug, (access) => updateLabel(access, { id: location.id, updatedAt: kept.updatedAt.toISOString(), hotkey: "9" }));
    expect(moved.hotkey).toBe("9");
  });

  it("gives a hotkey to only one of two entity types created at once", async () => {
    const { project, owner } = await createTestProject();
    const results = await Promise.allSettled([
      withProjectAccess(owner.id, project.slug, (access) => createLabel(access, { kind: "ENTITY_TYPE", name: "Ship", color: "#000000", hotkey: "9" })),
      withProjectAccess(owner.id, project.slug, (access) => createLabel(access, { kind: "ENTITY_TYPE", name: "Plane", color: "#000000", hotkey: "9" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.label.count({ where: { projectId: project.id, hotkey: "9", archivedAt: null } })).toBe(1);
  });

  it("refuses ratings and hotkeys on the wrong kind", async () => {
    const { project, owner } = await createTestProject();
    await expect(withProjectAccess(owner.id, project.slug, (access) => createLabel(access, { kind: "CLAIM_TYPE", name: "X", color: "#000000", hotkey: "9" }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Only entity types have a hotkey.",
    });
    const person = await labelByKey(project.id, "ENTITY_TYPE", "person");
    await expect(withProjectAccess(owner.id, project.slug, (access) => updateLabel(access, { id: person.id, updatedAt: person.updatedAt.toISOString(), rating: 5 }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Only verification statuses have a rating.",
    });
  });

  it("an owner edits a label; key and kind stay; before/after audited; the token moves on", async () => {
    const { project, owner } = await createTestProject();
    const status = await labelByKey(project.id, "VERIFICATION_STATUS", "mixed");
    const updated = await withProjectAccess(owner.id, project.slug, (access) => updateLabel(access, {
      id: status.id,
      updatedAt: status.updatedAt.toISOString(),
      name: "Half true",
      color: "#FFCC00",
      rating: null,
      description: "Some of it.",
    }));
    expect(updated).toMatchObject({ key: "mixed", kind: "VERIFICATION_STATUS", name: "Half true", color: "#ffcc00", rating: null, description: "Some of it." });
    expect(updated.updatedAt.getTime()).toBeGreaterThan(status.updatedAt.getTime());

    const [audit] = await labelAudit(project.id);
    expect(audit).toMatchObject({ action: "label.update", actorId: owner.id, entityId: status.id });
    expect(audit?.before).toMatchObject({ name: "Mixed", rating: 3, color: "#ca8a04" });
    expect(audit?.after).toMatchObject({ name: "Half true", rating: null, color: "#ffcc00", key: "mixed" });

    await expect(withProjectAccess(owner.id, project.slug, (access) => updateLabel(access, { id: status.id, updatedAt: updated.updatedAt.toISOString(), key: "half" }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "A label's kind and key cannot be changed.",
    });
  });

  it("refuses a stale edit with 409 and leaves the row as the first editor saved it", async () => {
    const { project, owner } = await createTestProject();
    const quote = await labelByKey(project.id, "CLAIM_TYPE", "quote");
    const token = quote.updatedAt.toISOString();
    const first = await withProjectAccess(owner.id, project.slug, (access) => updateLabel(access, { id: quote.id, updatedAt: token, name: "Quotation" }));
    // A second editor who opened the form before the first save.
    await expect(withProjectAccess(owner.id, project.slug, (access) => updateLabel(access, { id: quote.id, updatedAt: token, name: "Citation", color: "#000000" }))).rejects.toMatchObject({
      code: "CONFLICT",
      status: 409,
      message: expect.stringContaining("changed by someone else"),
    });
    const row = await db.label.findUniqueOrThrow({ where: { id: quote.id } });
    expect(row).toMatchObject({ name: "Quotation", color: quote.color, updatedAt: first.updatedAt });
    expect((await labelAudit(project.id)).map((a) => a.action)).toEqual(["label.update"]);
  });

  it("lets only one of two simultaneous edits with the same token through", async () => {
    const { project, owner } = await createTestProject();
    const event = await labelByKey(project.id, "CLAIM_TYPE", "event");
    const token = event.updatedAt.toISOString();
    const results = await Promise.allSettled([
      withProjectAccess(owner.id, project.slug, (access) => updateLabel(access, { id: event.id, updatedAt: token, name: "Happening" })),
      withProjectAccess(owner.id, project.slug, (access) => updateLabel(access, { id: event.id, updatedAt: token, name: "Occurrence" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["CONFLICT"]);
    expect(await labelAudit(project.id)).toHaveLength(1);
  });

  it("writes nothing for an edit that changes nothing", async () => {
    const { project, owner } = await createTestProject();
    const event = await labelByKey(project.id, "CLAIM_TYPE", "event");
    const same = await withProjectAccess(owner.id, project.slug, (access) => updateLabel(access, { id: event.id, updatedAt: event.updatedAt.toISOString(), name: "Event", color: event.color }));
    expect(same.updatedAt).toEqual(event.updatedAt);
    expect(await labelAudit(project.id)).toHaveLength(0);
  });

  it("archives softly and restores, auditing both", async () => {
    const { project, owner } = await createTestProject();
    const prediction = await labelByKey(project.id, "CLAIM_TYPE", "prediction");
    const archived = await withProjectAccess(owner.id, project.slug, (access) => archiveLabel(access, prediction.id));
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(await db.label.count({ where: { id: prediction.id } })).toBe(1);
    await expect(withProjectAccess(owner.id, project.slug, (access) => archiveLabel(access, prediction.id))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      withProjectAccess(owner.id, project.slug, (access) => updateLabel(access, { id: prediction.id, updatedAt: archived.updatedAt.toISOString(), name: "Forecast" })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: '"Prediction" is archived; restore it before editing.' });

    const restored = await withProjectAccess(owner.id, project.slug, (access) => restoreLabel(access, prediction.id));
    expect(restored.label.archivedAt).toBeNull();
    expect(restored.clearedHotkey).toBeNull();
    await expect(withProjectAccess(owner.id, project.slug, (access) => restoreLabel(access, prediction.id))).rejects.toMatchObject({ code: "CONFLICT" });

    const audit = await labelAudit(project.id);
    expect(audit.map((a) => a.action)).toEqual(["label.archive", "label.restore"]);
    expect(audit[0]?.before).toMatchObject({ archivedAt: null });
    expect(audit[0]?.after).toMatchObject({ archivedAt: expect.any(String) });
    expect(audit[1]?.after).toMatchObject({ archivedAt: null, key: "prediction" });
  });

  it("frees an archived entity type's hotkey, and restores it without one if it was taken meanwhile", async () => {
    const { project, owner } = await createTestProject();
    const date = await labelByKey(project.id, "ENTITY_TYPE", "date");
    await withProjectAccess(owner.id, project.slug, (access) => archiveLabel(access, date.id));
    const ship = await withProjectAccess(owner.id, project.slug, (access) => createLabel(access, { kind: "ENTITY_TYPE", name: "Ship", color: "#000000", hotkey: date.hotkey }));
    expect(ship.hotkey).toBe("5");
    const restored = await withProjectAccess(owner.id, project.slug, (access) => restoreLabel(access, date.id));
    expect(restored.clearedHotkey).toEqual({ hotkey: "5", takenBy: "Ship" });
    expect(restored.label.hotkey).toBeNull();
    const active = await db.label.findMany({ where: { projectId: project.id, kind: "ENTITY_TYPE", archivedAt: null, hotkey: "5" } });
    expect(active.map((l) => l.id)).toEqual([ship.id]);
  });

  it("moves a label within its kind without touching version tokens", async () => {
    const { project, owner } = await createTestProject();
    const order = async () => (await withProjectAccess(owner.id, project.slug, (access) => listLabelSchema(access))).filter((l) => l.kind === "VERIFICATION_STATUS" && !l.archivedAt).map((l) => l.key);
    const initial = await order();
    expect(initial.slice(0, 3)).toEqual(["unverified", "in_progress", "true"]);
    const inProgress = await labelByKey(project.id, "VERIFICATION_STATUS", "in_progress");
    await withProjectAccess(owner.id, project.slug, (access) => moveLabel(access, { id: inProgress.id, direction: "up" }));
    expect((await order()).slice(0, 3)).toEqual(["in_progress", "unverified", "true"]);
    await withProjectAccess(owner.id, project.slug, (access) => moveLabel(access, { id: inProgress.id, direction: "up" })); // already first
    expect((await order()).slice(0, 3)).toEqual(["in_progress", "unverified", "true"]);
    const after = await db.label.findUniqueOrThrow({ where: { id: inProgress.id } });
    expect(after.updatedAt).toEqual(inProgress.updatedAt);
    expect((await labelAudit(project.id)).map((a) => a.action)).toEqual(["label.move"]);
  });

  it("refuses reviewers, annotators and viewers (FORBIDDEN) and outsiders (NOT_FOUND), changing nothing", async () => {
    const { project, reviewer, annotator, viewer, outsider } = await createTestProject();
    const labelsBefore = await db.label.findMany({ where: { projectId: project.id }, orderBy: { id: "asc" } });
    const person = labelsBefore.find((l) => l.key === "person")!;
    const token = person.updatedAt.toISOString();

    for (const user of [reviewer, annotator, viewer]) {
      await expect(withProjectAccess(user.id, project.slug, (access) => createLabel(access, { kind: "CLAIM_TYPE", name: "Sneaky", color: "#000000" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(withProjectAccess(user.id, project.slug, (access) => updateLabel(access, { id: person.id, updatedAt: token, name: "Human" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(withProjectAccess(user.id, project.slug, (access) => archiveLabel(access, person.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(withProjectAccess(user.id, project.slug, (access) => restoreLabel(access, person.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(withProjectAccess(user.id, project.slug, (access) => moveLabel(access, { id: person.id, direction: "down" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(withProjectAccess(outsider.id, project.slug, (access) => updateLabel(access, { id: person.id, updatedAt: token, name: "Human" }))).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await db.label.findMany({ where: { projectId: project.id }, orderBy: { id: "asc" } })).toEqual(labelsBefore);
    expect(await labelAudit(project.id)).toHaveLength(0);
  });

  it("cannot reach another project's labels through its own project", async () => {
    const mine = await createTestProject();
    const theirs = await createTestProject();
    const foreign = await labelByKey(theirs.project.id, "CLAIM_TYPE", "event");
    await expect(
      withProjectAccess(mine.owner.id, mine.project.slug, (access) => updateLabel(access, { id: foreign.id, updatedAt: foreign.updatedAt.toISOString(), name: "Mine now" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withProjectAccess(mine.owner.id, mine.project.slug, (access) => archiveLabel(access, foreign.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.label.findUniqueOrThrow({ where: { id: foreign.id } })).name).toBe("Event");
  });
});
