import { describe, expect, it } from "vitest";
import { clientAddressFromHeaders } from "@/lib/auth/client-address";

describe("clientAddressFromHeaders", () => {
  it("ignores forwarding headers when no proxy is trusted (the default)", () => {
    expect(clientAddressFromHeaders({ "x-forwarded-for": "203.0.113.7" }, 0)).toBeNull();
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "198.51.100.2" }), 0)).toBeNull();
  });

  it("behind one proxy takes the entry that proxy appended, not what the client wrote", () => {
    // The client wrote "1.2.3.4"; our proxy appended the address it saw.
    expect(clientAddressFromHeaders({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }, 1)).toBe("203.0.113.7");
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": "203.0.113.7" }), 1)).toBe("203.0.113.7");
  });

  it("behind two proxies takes the second entry from the right", () => {
    expect(clientAddressFromHeaders({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" }, 2)).toBe("203.0.113.7");
  });

  it("joins repeated headers in order", () => {
    expect(clientAddressFromHeaders({ "x-forwarded-for": ["6.6.6.6", "203.0.113.7"] }, 1)).toBe("203.0.113.7");
  });

  it("knows nothing when fewer entries than trusted proxies arrive", () => {
    expect(clientAddressFromHeaders({ "x-forwarded-for": "203.0.113.7" }, 2)).toBeNull();
    expect(clientAddressFromHeaders({}, 1)).toBeNull();
  });

  it("never reads x-real-ip, which any client can send", () => {
    expect(clientAddressFromHeaders({ "x-real-ip": "198.51.100.2" }, 1)).toBeNull();
  });

  it("refuses absurd or non-address values instead of storing them as keys", () => {
    expect(clientAddressFromHeaders({ "x-forwarded-for": "x".repeat(500) }, 1)).toBeNull();
    expect(clientAddressFromHeaders({ "x-forwarded-for": "a b" }, 1)).toBeNull();
    expect(clientAddressFromHeaders({ "x-forwarded-for": "1.2.3.4, " }, 1)).toBeNull();
  });

  it("normalises IPv6 case so one address is one key", () => {
    expect(clientAddressFromHeaders({ "x-forwarded-for": "2001:DB8::1" }, 1)).toBe("2001:db8::1");
  });
});
