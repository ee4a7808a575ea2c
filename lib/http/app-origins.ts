import { envSubset } from "@/lib/env";

// The origins this app is served from, as browsers name them in `Origin`.
// NEXTAUTH_URL is the public address behind a reverse proxy, where the
// request's own URL may name an internal host. Only this variable is read:
// the proxy must not fail on the rest of the environment.
export function appOrigins(): string[] {
  const url = envSubset("NEXTAUTH_URL").NEXTAUTH_URL;
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}
