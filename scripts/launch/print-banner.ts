import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import type { AccountState } from "@/scripts/launch/read-account-state";

export type BannerFacts = { url: string; database: string; seeded: boolean; accounts: AccountState };

// Says only what is true of this database: the demo logins when the demo
// accounts exist, otherwise where the first owner is created (the setup code
// itself is printed by the server, in its own log, above this banner).
export function bannerLines({ url, database, seeded, accounts }: BannerFacts): string[] {
  const lines = ["", `  Claimdesk is running at ${url}`, `  Database: ${database}${seeded ? " (demo data created)" : ""}`, ""];
  if (accounts.demoLogins.length > 0) {
    lines.push(`  Demo logins (password for all: ${DEMO_PASSWORD}):`, ...accounts.demoLogins.map((a) => `    ${a.role.toLowerCase().padEnd(10)} ${a.email}`), "");
  } else if (accounts.accounts === 0) {
    lines.push(`  No accounts yet: open ${new URL("/setup", url).toString()} and enter the one-time setup code`, "  printed in the server log above.", "");
  } else {
    lines.push(`  Sign in at ${new URL("/sign-in", url).toString()}`, "");
  }
  lines.push("  Press Ctrl+C to stop.", "");
  return lines;
}

export function printBanner(facts: BannerFacts): void {
  console.log(bannerLines(facts).join("\n"));
}
