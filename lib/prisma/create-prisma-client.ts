import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Shared by the app (lib/db.ts), the start-up scripts and the tests, so all
// of them talk to Postgres through the same driver adapter. With a single
// connection (the embedded database) it is kept open rather than closed when
// idle: reconnecting races the server's release of the previous one.
export function createPrismaClient(connectionString: string, maxConnections = 10): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: maxConnections,
    idleTimeoutMillis: maxConnections === 1 ? 0 : 10_000,
  });
  return new PrismaClient({ adapter });
}
