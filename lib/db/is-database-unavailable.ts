// Errors that mean "the database cannot be reached right now" (restarting,
// network gone, connections refused or cut), as opposed to a bad query: the
// request gets 503 and may be retried; the pool reconnects by itself.
// P2028 ("Unable to start a transaction in the given time") is the pool with
// every connection busy past the transaction's wait: the server is over
// capacity for a moment (the embedded database has one connection; bench:load
// with 50 clients met it) and a retry is the right answer, not a 500.
const CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006", "P1001", "P1002", "P1017", "P2028"]);
const MESSAGES = /Connection terminated|connection is closed|Can't reach database server|terminating connection due to administrator command|the database system is (starting up|shutting down)|Client has encountered a connection error/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== "object") break;
    const record = e as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if (typeof record.code === "string" && CODES.has(record.code)) return true;
    if (typeof record.originalCode === "string" && CODES.has(record.originalCode)) return true;
    if (typeof record.message === "string" && MESSAGES.test(record.message)) return true;
    e = record.cause;
  }
  return false;
}
