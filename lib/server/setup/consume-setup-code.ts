import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { hashSetupCode } from "./setup-code-format";

/**
 * Spends a setup code inside the first-owner transaction: a wrong, used or
 * expired code is refused with one message (which of the three is not
 * revealed), and a code works once even when two requests race (the update
 * matches only an unused row).
 */
export async function consumeSetupCode(tx: Prisma.TransactionClient, input: string, now = new Date()): Promise<void> {
  const spent = await tx.setupCode.updateMany({
    where: { codeHash: hashSetupCode(input), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (spent.count !== 1) {
    throw new AppError("FORBIDDEN", "That setup code is not valid. Use the code printed in the server's log when it started (codes work once and expire after 24 hours; restarting the server prints a new one).");
  }
}
