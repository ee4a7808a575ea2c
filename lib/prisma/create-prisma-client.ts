import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Shared by the app (lib/db.ts), the start-up scripts and the tests, so all
// of them talk to Postgres through the same driver adapter.
export function createPrismaClient(connectionString: string, maxConnections = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: maxConnections });
  return new PrismaClient({ adapter });
}
