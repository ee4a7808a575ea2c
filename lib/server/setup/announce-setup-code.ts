import type { PrismaClient } from "@/lib/generated/prisma/client";
import { issueSetupCode } from "./issue-setup-code";

/**
 * On an installation with no accounts yet, prints a fresh setup code to the
 * server's log (and only there), for the operator to enter on /setup. Does
 * nothing once anyone has an account, or when `onlyIfNone` and a valid code
 * already exists (the setup page asks for one that way, so a long-running
 * server whose start-up code expired prints another).
 */
export async function announceSetupCode(client: Pick<PrismaClient, "user" | "setupCode">, setupUrl: string, { onlyIfNone = false } = {}): Promise<boolean> {
  if ((await client.user.count()) > 0) return false;
  const now = new Date();
  if (onlyIfNone && (await client.setupCode.count({ where: { usedAt: null, expiresAt: { gt: now } } })) > 0) return false;
  const { code } = await issueSetupCode(client, now);
  console.log(
    [
      "",
      "  No accounts yet. To create the first owner, open",
      `    ${setupUrl}`,
      `  and enter this one-time setup code: ${code}`,
      "  (valid for 24 hours; restarting the server prints a new one)",
      "",
    ].join("\n"),
  );
  return true;
}
