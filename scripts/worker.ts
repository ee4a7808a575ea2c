// `npm run worker`: a process that works the background job queues
// (lib/jobs) on DATABASE_URL's Postgres. Run any number of them; each takes
// one job per queue at a time. SIGTERM/SIGINT: stop taking jobs; an import
// stops after its current chunk and goes back to the queue without using a
// retry, other jobs finish (up to 30 s); exit 0. A worker killed outright
// loses nothing: its job is retried once it expires (JOB_EXPIRE_SECONDS).
import { envSubset } from "@/lib/env";
import { endAppPool } from "@/lib/db/app-pool";
import { stopJobQueue } from "@/lib/jobs/get-job-queue";
import { startJobWorker } from "@/lib/jobs/start-job-worker";

async function main(): Promise<void> {
  // Validates what a worker reads before touching the database.
  envSubset("DATABASE_URL", "DATABASE_POOL_MAX", "JOB_RETRY_LIMIT", "JOB_EXPIRE_SECONDS", "JOB_SUPERVISE_SECONDS", "EXPORT_DIR");
  await startJobWorker();
  console.log(JSON.stringify({ level: "info", msg: "worker started", pid: process.pid }));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await stopJobQueue(30_000);
    await endAppPool();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
