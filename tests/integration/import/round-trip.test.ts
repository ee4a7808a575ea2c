import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { serializeJsonl } from "@/lib/export/serialize-jsonl";
import { commitAnnotationImport } from "@/lib/server/annotation-import/commit-annotation-import";
import { createTestProject } from "@/tests/support/create-test-project";
import { fixtureOptions, smallDataset } from "@/tests/unit/export/fixtures/small-dataset";
import type { ExportDataset } from "@/lib/export/types";
import { exportPayload } from "./support/export-payload";
import { normalizeExportIds } from "./support/normalize-export-ids";
import { withProjectAccess } from "@/tests/support/with-project-access";

async function jsonl(dataset: ExportDataset): Promise<unknown[]> {
  let out = "";
  for await (const chunk of serializeJsonl(dataset, fixtureOptions)) out += chunk;
  return lines(out);
}

const lines = (payload: string) => payload.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown);

describe("Claimdesk JSONL round trip (real Postgres)", () => {
  it("export → import into an empty project → export gives the same records, ids aside", async () => {
    const { project, owner } = await createTestProject();
    // The fixture's annotators, as members of the new project, keep their annotations.
    for (const [id, name] of [["u-alice", "Alice Example"], ["u-bob", "Bob Example"]] as const) {
      await db.user.upsert({ where: { id }, update: {}, create: { id, name, email: `${id}@round-trip.test` } });
      await db.membership.create({ data: { projectId: project.id, userId: id, role: "ANNOTATOR" } });
    }
    const original = await jsonl(smallDataset());
    const content = original.map((r) => JSON.stringify(r)).join("\n");
    const result = await withProjectAccess(owner.id, project.slug, (access) => commitAnnotationImport(access, { files: [{ name: "export.jsonl", content }], keepAuthors: true, keepReviewStates: true }));
    expect(result.errors).toEqual([]);
    expect(result.saved).toBe(true);

    const again = lines(await exportPayload(project.id, "jsonl"));
    expect(normalizeExportIds(again)).toEqual(normalizeExportIds(original));
    // The comparison sees more than ids: one changed review date makes it fail.
    const changed = JSON.parse(JSON.stringify(original)) as Array<{ claims: Array<{ review: { last_decided_at: string | null } }> }>;
    changed[0]!.claims[0]!.review.last_decided_at = "2024-03-08T10:00:00.000Z";
    expect(normalizeExportIds(again)).not.toEqual(normalizeExportIds(changed));
    expect(again).toHaveLength(2);
    expect(JSON.stringify(again)).toContain("Alice Example");
  });
});
