import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/server/db-client";

/**
 * Runs `query` with Postgres's JIT compiler off. The export's batch query is
 * estimated above `jit_above_cost` (its per-claim subqueries), so the server
 * compiled it to machine code on every batch: ~70 ms of compiling for a
 * ~90 ms query (docs/benchmarks.md, "Export"). `SET LOCAL` holds for one
 * transaction: its own on the global client; on a caller's transaction, the
 * rest of that transaction.
 */
export async function queryWithoutJit<T>(db: DbClient, query: Prisma.Sql): Promise<T[]> {
  if (isRootClient(db)) {
    // The caller's own client (a benchmark or script has its own, not the
    // app's): a read records no live events, so no after-commit work.
    const [, rows] = await db.$transaction([db.$executeRaw`SET LOCAL jit = off`, db.$queryRaw<T[]>(query)]);
    return rows;
  }
  // Not tx.$transaction: a transaction client has one, but it runs on
  // another connection, outside the caller's transaction.
  await db.$executeRaw`SET LOCAL jit = off`;
  return db.$queryRaw<T[]>(query);
}

// Only the global client can connect; a transaction client lacks $connect.
// Read, not `in`: lib/db's client is a proxy that answers reads only.
function isRootClient(db: DbClient): db is PrismaClient {
  return typeof (db as { $connect?: unknown }).$connect === "function";
}
