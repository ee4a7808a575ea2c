import { env } from "@/lib/env";

// Runs once when a server instance starts: a missing or bad variable stops it
// here with a message naming the variable, not in the first request. On an
// installation without accounts it then prints the first-run setup code.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next's own marker, not configuration: the edge runtime
  // (unused here) has neither the server environment nor the database.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { NEXTAUTH_URL } = env();
  const [{ db }, { announceSetupCode }] = await Promise.all([import("@/lib/db"), import("@/lib/server/setup/announce-setup-code")]);
  try {
    await announceSetupCode(db, new URL("/setup", NEXTAUTH_URL ?? "http://localhost:3000").toString());
  } catch (error) {
    // The database may not be reachable yet; /setup asks again when visited.
    console.warn(`Could not check for a first-run setup code: ${error instanceof Error ? error.message : String(error)}`);
  }
}
