import { afterEach, describe, expect, it } from "vitest";
import { envSubset, validateEnvironment } from "@/lib/env";

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

  it("does not let a value parsed earlier hide a change to a bad one, or a caller's edit reach the next caller", () => {
    process.env.DATABASE_POOL_MAX = "4";
    const first = envSubset("DATABASE_POOL_MAX");
    expect(first).toEqual({ DATABASE_POOL_MAX: 4 });
    first.DATABASE_POOL_MAX = 99;
    expect(envSubset("DATABASE_POOL_MAX")).toEqual({ DATABASE_POOL_MAX: 4 });
    process.env.DATABASE_POOL_MAX = "zero";
    expect(() => envSubset("DATABASE_POOL_MAX")).toThrow(/DATABASE_POOL_MAX/);
    process.env.DATABASE_POOL_MAX = "6";
    expect(envSubset("DATABASE_POOL_MAX")).toEqual({ DATABASE_POOL_MAX: 6 });
  });

  it("reads only the variables asked for", () => {
    process.env.DATABASE_URL = "not a url";
    expect(envSubset("LIVE_BUS")).toEqual({ LIVE_BUS: "auto" });
  });
});

describe("validateEnvironment (start-up)", () => {
  const base = { DATABASE_URL: "postgresql://db/claimdesk", NEXTAUTH_SECRET: "k3v9Qm2xT7pL0sWfYb8nR4cJ6hD1gZaE5uVtXy" };

  it("accepts a complete environment and fills defaults", () => {
    const env = validateEnvironment(base);
    expect(env).toMatchObject({ NODE_ENV: "development", LIVE_BUS: "auto", DATABASE_POOL_MAX: 10, LOG_LEVEL: "info" });
  });

  it("refuses to start without a secret, naming every problem", () => {
    expect(() => validateEnvironment({ DATABASE_URL: "nope" })).toThrow(/DATABASE_URL: [\s\S]*NEXTAUTH_SECRET: /);
  });

  it("refuses a placeholder or test secret on a production https deployment", () => {
    for (const secret of ["changeme-changeme-changeme-changeme-1", "e2e-only-secret-0123456789abcdef0123456789", "a".repeat(40)]) {
      expect(() => validateEnvironment({ ...base, NODE_ENV: "production", NEXTAUTH_URL: "https://claims.example.org", NEXTAUTH_SECRET: secret })).toThrow(
        /NEXTAUTH_SECRET: is a placeholder or test value/,
      );
    }
    // The same test secret is fine for the local e2e server on http.
    expect(validateEnvironment({ ...base, NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3100", NEXTAUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789" }).NODE_ENV).toBe("production");
    expect(validateEnvironment({ ...base, NODE_ENV: "production", NEXTAUTH_URL: "https://claims.example.org" }).NODE_ENV).toBe("production");
  });
});
