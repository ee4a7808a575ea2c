import { demoAccounts, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";

export function printBanner({ url, database, seeded }: { url: string; database: string; seeded: boolean }): void {
  const lines = [
    "",
    `  Claimdesk is running at ${url}`,
    `  Database: ${database}${seeded ? " (demo data created)" : ""}`,
    "",
    `  Demo logins (password for all: ${DEMO_PASSWORD}):`,
    ...demoAccounts.map((a) => `    ${a.role.toLowerCase().padEnd(10)} ${a.email}`),
    "",
    "  Press Ctrl+C to stop.",
    "",
  ];
  console.log(lines.join("\n"));
}
