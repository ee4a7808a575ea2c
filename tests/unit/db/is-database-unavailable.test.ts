import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";

describe("isDatabaseUnavailable", () => {
  it("treats a pool with no free connection in time (Prisma P2028) as unavailable for now: 503, retry", () => {
    expect(isDatabaseUnavailable({ code: "P2028", message: "Transaction API error: Unable to start a transaction in the given time." })).toBe(true);
  });

  it("finds a refused connection in the cause chain", () => {
    expect(isDatabaseUnavailable({ message: "query failed", cause: { code: "ECONNREFUSED" } })).toBe(true);
  });

  it("does not excuse a bad query or a constraint violation", () => {
    expect(isDatabaseUnavailable({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "42601", message: "syntax error" })).toBe(false);
  });
});
