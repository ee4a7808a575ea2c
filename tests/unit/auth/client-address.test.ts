import { describe, expect, it } from "vitest";
import { clientAddressFromHeaders } from "@/lib/auth/client-address";

describe("clientAddressFromHeaders", () => {
  it("takes the first x-forwarded-for hop", () => {
    expect(clientAddressFromHeaders({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("203.0.113.7");
  });
  it("reads a Headers object and falls back to x-real-ip", () => {
    expect(clientAddressFromHeaders(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
  });
  it("attributes requests without proxy headers to 'local'", () => {
    expect(clientAddressFromHeaders({})).toBe("local");
  });
  it("refuses absurdly long values instead of storing them as keys", () => {
    expect(clientAddressFromHeaders({ "x-forwarded-for": "x".repeat(500) })).toBe("local");
  });
});
