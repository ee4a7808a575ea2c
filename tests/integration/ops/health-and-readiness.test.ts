import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { checkReadiness } from "@/lib/server/health/check-readiness";

// Issue 14, operations: liveness says the process answers; readiness says the
// database answers and every migration shipped with the app is applied.
const shipped = resolve(import.meta.dirname, "../../../prisma/migrations");

describe("health probes (real Postgres)", () => {
  it("GET /api/health answers 200 without touching anything", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("GET /api/ready answers 200 on a migrated database", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", database: "reachable", pendingMigrations: 0 });
  });

  it("is not ready while a shipped migration is not applied", async () => {
    const dir = mkdtempSync(join(tmpdir(), "migrations-"));
    cpSync(shipped, dir, { recursive: true });
    mkdirSync(join(dir, "29991231000000_not_yet"));
    writeFileSync(join(dir, "29991231000000_not_yet", "migration.sql"), "SELECT 1;");
    expect(await checkReadiness(dir)).toEqual({ ready: false, database: "reachable", pendingMigrations: 1 });
    expect(await checkReadiness(shipped)).toEqual({ ready: true, database: "reachable", pendingMigrations: 0 });
  });
});
