import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { db } from "@/lib/db";

// The errors our real database stack (Prisma 7 + @prisma/adapter-pg) throws
// when nothing listens are recognised as "unavailable" (503, retried), and an
// ordinary query error is not.
async function closedPort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

describe("isDatabaseUnavailable on real errors", () => {
  it("recognises a refused connection", async () => {
    const client = createPrismaClient(`postgresql://postgres@127.0.0.1:${await closedPort()}/nothing`, 1);
    const error = await client.user.count().catch((e: unknown) => e);
    await client.$disconnect();
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("does not mistake a bad query for an outage", async () => {
    const error = await db.$queryRawUnsafe("SELECT * FROM no_such_table").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
