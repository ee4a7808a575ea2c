import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

export const TEST_PASSWORD = "correct horse battery";

let cachedHash: Promise<string> | undefined;

// Unique email per call, so tests never depend on each other's rows.
export async function createTestUser(name = "Test User", overrides: { disabled?: boolean } = {}) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${randomBytes(4).toString("hex")}@test.example`;
  return db.user.create({
    data: { email, name, passwordHash: await cachedHash, disabledAt: overrides.disabled ? new Date() : null },
  });
}
