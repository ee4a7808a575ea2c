import { join } from "node:path";
import { db } from "@/lib/db";
import { listMigrations } from "@/lib/db/migrations/list-migrations";
import { readAppliedMigrations } from "@/lib/db/migrations/read-applied-migrations";
import type { SqlClient } from "@/lib/db/migrations/sql-client";

export type Readiness = { ready: boolean; database: "reachable" | "unreachable"; pendingMigrations: number | null };

// The Prisma client as the migration runner's small SQL surface.
const sql: SqlClient = { query: async (text) => ({ rows: await db.$queryRawUnsafe<unknown[]>(text) }) };

/**
 * Whether this instance can serve: the database answers, and every migration
 * shipped with the app (prisma/migrations, beside the server) has been
 * applied. A load balancer keeps traffic away until both hold. Says nothing
 * about data, so it needs no session.
 */
export async function checkReadiness(migrationsDir = join(process.cwd(), "prisma", "migrations")): Promise<Readiness> {
  let applied;
  try {
    await db.$queryRawUnsafe("SELECT 1");
    applied = await readAppliedMigrations(sql).catch(() => []);
  } catch {
    return { ready: false, database: "unreachable", pendingMigrations: null };
  }
  const done = new Set(applied.filter((m) => m.finished && !m.rolledBack).map((m) => m.name));
  const pendingMigrations = (await listMigrations(migrationsDir)).filter((m) => !done.has(m.name)).length;
  return { ready: pendingMigrations === 0, database: "reachable", pendingMigrations };
}
