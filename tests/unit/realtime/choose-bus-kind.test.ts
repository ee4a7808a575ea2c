import { describe, expect, it } from "vitest";
import { chooseBusKind } from "@/lib/realtime/choose-bus-kind";

describe("chooseBusKind", () => {
  it("uses the in-process bus with a single connection (embedded database) and LISTEN/NOTIFY otherwise, unless told", () => {
    expect(chooseBusKind({ LIVE_BUS: "auto", DATABASE_POOL_MAX: 1 })).toBe("memory");
    expect(chooseBusKind({ LIVE_BUS: "auto", DATABASE_POOL_MAX: 10 })).toBe("postgres");
    expect(chooseBusKind({ LIVE_BUS: "memory", DATABASE_POOL_MAX: 10 })).toBe("memory");
    expect(chooseBusKind({ LIVE_BUS: "postgres", DATABASE_POOL_MAX: 1 })).toBe("postgres");
  });
});
