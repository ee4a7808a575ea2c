import { env } from "@/lib/env";

// Ids built on the configured public address (as exports build theirs), so
// an IRI the protocol server writes is the one the export wrote.
export function publicBaseUrl(request: Request): string {
  return env().NEXTAUTH_URL ?? new URL(request.url).origin;
}
