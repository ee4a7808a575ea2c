import { describe, expect, it } from "vitest";
import { demoAccounts } from "@/lib/seed/demo-accounts";
import { bannerLines } from "@/scripts/launch/print-banner";

// Issue 14: the start banner printed the demo logins on a real installation
// (SEED_DEMO=false) where no such accounts exist. It must say what is true.
const base = { url: "http://localhost:3000", database: "embedded Postgres", seeded: false };

describe("start banner", () => {
  it("lists the demo logins that exist, with the demo password", () => {
    const text = bannerLines({ ...base, seeded: true, accounts: { accounts: 5, demoLogins: demoAccounts } }).join("\n");
    expect(text).toContain("owner@example.com");
    expect(text).toContain("claimdesk-demo");
    expect(text).not.toContain("/setup");
  });

  it("on an installation without accounts, points to /setup and the code in the log, and names no demo login", () => {
    const text = bannerLines({ ...base, accounts: { accounts: 0, demoLogins: [] } }).join("\n");
    expect(text).toContain("http://localhost:3000/setup");
    expect(text).toMatch(/setup code/);
    expect(text).not.toMatch(/example\.com|claimdesk-demo/);
  });

  it("on a real installation with accounts, points to sign-in only", () => {
    const text = bannerLines({ ...base, accounts: { accounts: 3, demoLogins: [] } }).join("\n");
    expect(text).toContain("http://localhost:3000/sign-in");
    expect(text).not.toMatch(/example\.com|claimdesk-demo|setup code/);
  });
});
