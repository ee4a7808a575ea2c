import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generateSetupCode, hashSetupCode } from "./setup-code-format";

export const SETUP_CODE_TTL_MS = 24 * 60 * 60 * 1000;

/** Stores a new one-time setup code (its hash) and returns the code, to be printed in the server's log only. */
export async function issueSetupCode(client: Pick<PrismaClient, "setupCode">, now = new Date()): Promise<{ code: string; expiresAt: Date }> {
  const code = generateSetupCode();
  const expiresAt = new Date(now.getTime() + SETUP_CODE_TTL_MS);
  await client.setupCode.create({ data: { codeHash: hashSetupCode(code), expiresAt, createdAt: now } });
  return { code, expiresAt };
}
