import type { SqlClient, SqlPool } from "./sql-client";

// Session state (the advisory lock, an open transaction) lives on one
// connection, so a pool lends us a single client for the whole run.
export async function withDedicatedConnection<T>(
  db: SqlClient | SqlPool,
  work: (client: SqlClient) => Promise<T>,
): Promise<T> {
  if (!isPool(db)) return work(db);
  const client = await db.connect();
  let failure: Error | undefined;
  try {
    return await work(client);
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // Passing the error destroys the connection rather than returning one
    // that may still hold a lock or an aborted transaction to the pool.
    client.release(failure);
  }
}

// pg.Pool and pg.Client both have connect(), but only a pool counts its
// connections.
function isPool(db: SqlClient | SqlPool): db is SqlPool {
  return "totalCount" in db && typeof (db as SqlPool).connect === "function";
}
