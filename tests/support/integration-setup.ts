import { afterAll, inject } from "vitest";

// Point lib/db.ts at this run's scratch database before any test imports it.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = String(inject("databasePoolMax"));
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-not-used-for-anything-real";
// One JSON line per request would bury the test output.
process.env.LOG_LEVEL ??= "silent";

// The embedded database serves one connection at a time, so each file must
// give its connection back before the next file runs.
afterAll(async () => {
  const holder = globalThis as unknown as { claimdeskDb?: { $disconnect: () => Promise<void> } };
  await holder.claimdeskDb?.$disconnect();
  holder.claimdeskDb = undefined;
  // A test that queued a job started this process's queue client (timers on the pool).
  const { stopJobQueue } = await import("@/lib/jobs/get-job-queue");
  await stopJobQueue(1_000);
  // Prisma runs on the shared pool (lib/db/app-pool.ts), which it does not own.
  const { endAppPool } = await import("@/lib/db/app-pool");
  await endAppPool();
});
