import { env } from "@/lib/env";

// Runs once when a server instance starts: a missing or bad variable stops it
// here with a message naming the variable, not in the first request.
export function register(): void {
  // NEXT_RUNTIME is Next's own marker, not configuration: the edge runtime
  // (unused here) gets no server environment to validate.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") env();
}
