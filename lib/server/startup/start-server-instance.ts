import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { beginShutdown, shutdownSignal } from "@/lib/realtime/shutdown-signal";
import { stopJobQueue } from "@/lib/jobs/get-job-queue";
import { startJobWorker } from "@/lib/jobs/start-job-worker";
import { announceSetupCode } from "@/lib/server/setup/announce-setup-code";

/**
 * What a Node.js server instance does once at start (instrumentation.ts):
 * validate the environment (a bad value stops it here, naming the variable),
 * arrange for live streams to end when it is asked to stop, and on an
 * installation without accounts print the first-run setup code; and unless
 * JOB_WORKER=off, work the background job queues in this process.
 */
export async function startServerInstance(): Promise<void> {
  const { NEXTAUTH_URL, JOB_WORKER } = env();
  // Next's own handler stops accepting connections and waits for open
  // requests; ours ends the live streams, which would otherwise keep it waiting.
  process.once("SIGTERM", beginShutdown);
  process.once("SIGINT", beginShutdown);
  try {
    await announceSetupCode(db, new URL("/setup", NEXTAUTH_URL ?? "http://localhost:3000").toString());
  } catch (error) {
    // The database may not be reachable yet; /setup asks again when visited.
    console.warn(`Could not check for a first-run setup code: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (JOB_WORKER === "in-process") {
    // Not awaited: the server serves while the queue starts. If the database is
    // not reachable yet, jobs wait in the queue until a worker starts.
    startJobWorker().catch((error: unknown) => {
      console.warn(`Could not start the background job worker: ${error instanceof Error ? error.message : String(error)}`);
    });
    // On stop, take no new jobs; an import hands its job back to the queue
    // after its current chunk (not counted as a failed attempt), other jobs
    // get a moment, and one still running then is failed and retried.
    shutdownSignal().addEventListener("abort", () => void stopJobQueue(20_000), { once: true });
  }
}
