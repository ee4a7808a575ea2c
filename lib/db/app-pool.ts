import pg from "pg";
import { envSubset } from "@/lib/env";

// The process's one pool of Postgres connections, shared by Prisma (lib/db.ts)
// and the job queue (lib/jobs). Sharing matters on the embedded database,
// which accepts a single connection: a second pool would wait for ever.
// Kept on globalThis for the same reason as the Prisma client (dev reloads).
const holder = globalThis as unknown as { claimdeskPool?: pg.Pool };

export function appPool(): pg.Pool {
  if (!holder.claimdeskPool) {
    // Only these two: a worker process needs no sign-in secrets.
    const { DATABASE_URL, DATABASE_POOL_MAX } = envSubset("DATABASE_URL", "DATABASE_POOL_MAX");
    holder.claimdeskPool = createPool(DATABASE_URL, DATABASE_POOL_MAX);
  }
  return holder.claimdeskPool;
}

/**
 * A pool as the app configures it. With a single connection (the embedded
 * database) it is kept open rather than closed when idle: reconnecting races
 * the server's release of the previous one.
 */
export function createPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: max === 1 ? 0 : 10_000 });
  // An idle connection cut by the server (a restart) must not crash the process;
  // the pool opens a new one on the next query.
  pool.on("error", () => {});
  return pool;
}

/** Ends the shared pool (tests and scripts that finish). */
export async function endAppPool(): Promise<void> {
  const pool = holder.claimdeskPool;
  holder.claimdeskPool = undefined;
  await pool?.end();
}
