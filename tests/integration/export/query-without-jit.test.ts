import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { queryWithoutJit } from "@/lib/server/export/query-without-jit";
import { transaction } from "@/lib/db/transaction";

const jitSetting = Prisma.sql`SELECT current_setting('jit') AS jit`;

describe("queryWithoutJit (real Postgres)", () => {
  it("runs the query with JIT off, and leaves the pooled connection's setting as it was", async () => {
    const [before] = await db.$queryRaw<Array<{ jit: string }>>(jitSetting);
    expect(await queryWithoutJit<{ jit: string }>(db, jitSetting)).toEqual([{ jit: "off" }]);
    // SET LOCAL ended with its transaction: no connection of the pool keeps it.
    const after = await Promise.all([1, 2, 3].map(() => db.$queryRaw<Array<{ jit: string }>>(jitSetting)));
    expect(after.map(([row]) => row)).toEqual([before, before, before]);
  });

  it("inside a caller's transaction, turns JIT off for the rest of that transaction only", async () => {
    const [before] = await db.$queryRaw<Array<{ jit: string }>>(jitSetting);
    const inside = await transaction(async (tx) => {
      const rows = await queryWithoutJit<{ jit: string }>(tx, jitSetting);
      return [rows[0], (await tx.$queryRaw<Array<{ jit: string }>>(jitSetting))[0]];
    });
    expect(inside).toEqual([{ jit: "off" }, { jit: "off" }]);
    expect((await db.$queryRaw<Array<{ jit: string }>>(jitSetting))[0]).toEqual(before);
  });
});
