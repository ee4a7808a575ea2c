import { describe, expect, it } from "vitest";
import { isWriteConflict, retryOnWriteConflict } from "@/lib/db/retry-on-write-conflict";

// The shape Prisma 7 gives a deadlock through the pg adapter (bench:load's log).
const deadlock = Object.assign(new Error("Transaction failed due to a write conflict or a deadlock. Please retry your transaction"), {
  code: "P2034",
  meta: { modelName: "Article", driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "40P01", kind: "TransactionWriteConflict" } } },
});

describe("retryOnWriteConflict", () => {
  it("runs the work again after a deadlock and returns what the attempt that committed returned", async () => {
    let calls = 0;
    const result = await retryOnWriteConflict(async () => {
      calls += 1;
      if (calls < 3) throw deadlock;
      return "committed";
    });
    expect(result).toBe("committed");
    expect(calls).toBe(3);
  });

  it("gives up after the attempts allowed, with the database's error", async () => {
    let calls = 0;
    await expect(retryOnWriteConflict(async () => {
      calls += 1;
      throw deadlock;
    }, 2)).rejects.toBe(deadlock);
    expect(calls).toBe(2);
  });

  it("does not repeat work that failed for any other reason", async () => {
    let calls = 0;
    const conflict = Object.assign(new Error("stale version"), { code: "CONFLICT" });
    await expect(retryOnWriteConflict(async () => {
      calls += 1;
      throw conflict;
    })).rejects.toBe(conflict);
    expect(calls).toBe(1);
  });

  it("recognises deadlocks and serialization failures however they are wrapped", () => {
    expect(isWriteConflict(deadlock)).toBe(true);
    expect(isWriteConflict({ originalCode: "40001" })).toBe(true);
    expect(isWriteConflict(new Error("wrapped", { cause: { code: "40P01" } }))).toBe(true);
    expect(isWriteConflict({ code: "23505" })).toBe(false);
    expect(isWriteConflict(null)).toBe(false);
  });
});
