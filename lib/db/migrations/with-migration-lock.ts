import type { SqlClient } from "./sql-client";

// The advisory lock key Prisma Migrate uses, so our runner, `prisma migrate`
// and several app instances starting at once never migrate concurrently.
const lockKey = 72707369;

export async function withMigrationLock<T>(client: SqlClient, work: () => Promise<T>): Promise<T> {
  await client.query(`SELECT pg_advisory_lock(${lockKey})`);
  let failed = true;
  try {
    const result = await work();
    failed = false;
    return result;
  } finally {
    // If the work failed, the connection itself may be broken: its error
    // matters more than the unlock's (a closed session drops the lock anyway).
    const unlocked = client.query(`SELECT pg_advisory_unlock(${lockKey})`);
    if (failed) await unlocked.catch(() => undefined);
    else await unlocked;
  }
}
