import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { beginShutdown } from "@/lib/realtime/shutdown-signal";
import { announceSetupCode } from "@/lib/server/setup/announce-setup-code";

/**
 * What a Node.js server instance does once at start (instrumentation.ts):
 * validate the environment (a bad value stops it here, naming the variable),
 * arrange for live streams to end when it is asked to stop, and on an
 * installation without accounts print the first-run setup code.
 */
export async function startServerInstance(): Promise<void> {
  const { NEXTAUTH_URL } = env();
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
}
