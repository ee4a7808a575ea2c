import { describe, expect, it } from "vitest";
import type { LocalMigration } from "@/lib/db/migrations/list-migrations";
import { planMigrations } from "@/lib/db/migrations/plan-migrations";
import type { AppliedMigration } from "@/lib/db/migrations/read-applied-migrations";

const local = (name: string, checksum = `sum-${name}`): LocalMigration => ({ name, script: "", checksum });
const applied = (name: string, overrides: Partial<AppliedMigration> = {}): AppliedMigration => ({
  name,
  checksum: `sum-${name}`,
  finished: true,
  rolledBack: false,
  ...overrides,
});

describe("planMigrations", () => {
  it("applies everything, in the given order, to an empty history", () => {
    const plan = planMigrations([local("1_a"), local("2_b")], []);
    expect(plan.pending.map((m) => m.name)).toEqual(["1_a", "2_b"]);
    expect(plan.unknown).toEqual([]);
  });

  it("applies only what is missing, including a migration older than the newest applied one", () => {
    const plan = planMigrations([local("1_a"), local("2_b"), local("3_c")], [applied("1_a"), applied("3_c")]);
    expect(plan.pending.map((m) => m.name)).toEqual(["2_b"]);
  });

  it("has nothing to do when the history is complete", () => {
    expect(planMigrations([local("1_a")], [applied("1_a")]).pending).toEqual([]);
  });

  it("refuses an applied migration whose file changed", () => {
    expect(() => planMigrations([local("1_a", "edited")], [applied("1_a")])).toThrow(
      expect.objectContaining({ code: "CHECKSUM_MISMATCH", message: expect.stringContaining("1_a") }),
    );
  });

  it("refuses a history with a failed migration, even one no longer on disk", () => {
    expect(() => planMigrations([local("1_a")], [applied("1_a"), applied("0_gone", { finished: false })])).toThrow(
      expect.objectContaining({ code: "FAILED_MIGRATION_RECORDED", message: expect.stringContaining("0_gone") }),
    );
  });

  it("ignores rows marked rolled back, so a resolved failure is retried", () => {
    const plan = planMigrations(
      [local("1_a")],
      [applied("1_a", { finished: false, rolledBack: true, checksum: "older" })],
    );
    expect(plan.pending.map((m) => m.name)).toEqual(["1_a"]);
  });

  it("reports applied migrations that are not on disk without refusing", () => {
    const plan = planMigrations([local("1_a")], [applied("1_a"), applied("9_newer")]);
    expect(plan).toEqual({ pending: [], unknown: ["9_newer"] });
  });
});
