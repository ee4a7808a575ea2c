import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { appPool } from "@/lib/db/app-pool";

// One Prisma client per process. Next.js dev reloads modules on every change,
// so the client is kept on globalThis to avoid opening a new pool each time.
// It is created on first use, not at import, so `next build` needs no database.
// It runs on the process's shared pool (lib/db/app-pool.ts), which the job
// queue uses too.
const globalForDb = globalThis as unknown as { claimdeskDb?: PrismaClient };

function client(): PrismaClient {
  globalForDb.claimdeskDb ??= new PrismaClient({ adapter: new PrismaPg(appPool()) });
  return globalForDb.claimdeskDb;
}

// A stand-in that creates the client on first use. Transactions that record
// live events use `transaction` (lib/db/transaction.ts), which delivers them
// after the commit.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});
