import PgBoss from "pg-boss";
import type pg from "pg";
import { envSubset } from "@/lib/env";
import { jobQueueNames } from "@/lib/jobs/job-queue-names";

/**
 * A started pg-boss on the process's own pool. pg-boss polls and never holds
 * a LISTEN connection, and with `db` it sends every statement through this
 * pool, so on the embedded database (one connection) jobs and requests take
 * turns on that connection instead of starving each other. Creates its schema
 * ("pgboss", migrated by pg-boss itself under an advisory lock) and our
 * queues on first start; both are idempotent, so any number of processes
 * may start at once.
 */
export async function startJobQueue(pool: pg.Pool, options: { supervise: boolean }): Promise<PgBoss> {
  const { JOB_SUPERVISE_SECONDS } = envSubset("JOB_SUPERVISE_SECONDS");
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: "pgboss",
    // Expired jobs (a worker killed mid-job) are found by supervision.
    supervise: options.supervise,
    maintenanceIntervalSeconds: JOB_SUPERVISE_SECONDS,
    // No cron schedules: their clock monitor would only add queries.
    schedule: false,
  });
  // Errors of pg-boss's own timers (the database restarting, say) are logged,
  // not thrown: an unhandled 'error' event would end the process.
  boss.on("error", (error) => console.error(`job queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(jobQueueNames.deadLetter);
  for (const name of [jobQueueNames.articleImport, jobQueueNames.export, jobQueueNames.suggestionIndex]) {
    await boss.createQueue(name, { name, deadLetter: jobQueueNames.deadLetter });
  }
  return boss;
}
