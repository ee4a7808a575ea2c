import { afterEach, describe, expect, it } from "vitest";
import { envSubset } from "@/lib/env";

// envSubset applies lib/env.ts's rules to the variables asked for, afresh on
// each call; env() applies them to the whole environment once (start-up).
const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

describe("envSubset", () => {
  it("applies defaults and coerces numbers", () => {
    delete process.env.IMPORT_MAX_LINES;
    expect(envSubset("IMPORT_MAX_LINES")).toEqual({ IMPORT_MAX_LINES: 10_000 });
    process.env.IMPORT_MAX_LINES = "25";
    expect(envSubset("IMPORT_MAX_LINES")).toEqual({ IMPORT_MAX_LINES: 25 });
  });

  it("treats an empty value as unset", () => {
    process.env.TRUST_PROXY_HOPS = "";
    expect(envSubset("TRUST_PROXY_HOPS")).toEqual({ TRUST_PROXY_HOPS: 0 });
  });

  it("names the variable and the rule when a value is bad", () => {
    process.env.DATABASE_URL = "mysql://localhost/x";
    expect(() => envSubset("DATABASE_URL")).toThrow(/DATABASE_URL: must be a postgres:\/\/ URL/);
    process.env.NEXTAUTH_SECRET = "short";
    expect(() => envSubset("NEXTAUTH_SECRET")).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
  });

  it("reads only the variables asked for", () => {
    process.env.DATABASE_URL = "not a url";
    expect(envSubset("LIVE_BUS")).toEqual({ LIVE_BUS: "auto" });
  });
});
