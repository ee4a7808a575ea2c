import { db } from "@/lib/db";
import { announceAccessChange } from "@/lib/realtime/announce-access-change";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { changePasswordSchema } from "@/lib/validations/auth";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/assert-strong-password";
import { hitRateLimit, readRateLimit, clearRateLimit } from "@/lib/auth/rate-limit";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { parseInput } from "@/lib/validations/parse-input";
import { transaction } from "@/lib/db/transaction";

// A signed-in person changes their password. The current password is asked for
// (a borrowed session must not be enough to take the account over), and wrong
// answers count toward the same per-account limit as sign-in. The change ends
// every session, this one included: whoever knew the old password is out, and
// the person signs in again with the new one.
export async function changePassword(userId: string, input: unknown): Promise<void> {
  const data = parseInput(changePasswordSchema, input, "Invalid input.");
  const { currentPassword, newPassword } = data;
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.disabledAt) throw new AppError("UNAUTHENTICATED", "Sign in again.");
  if (!user.passwordHash) {
    throw new AppError("BAD_REQUEST", "This account signs in through GitHub or Google and has no password to change.");
  }

  const { SIGNIN_MAX_FAILURES: max, SIGNIN_WINDOW_SECONDS: windowSeconds } = env();
  const accountKey = `signin:${user.email}`;
  if ((await readRateLimit(accountKey, max)).blocked) {
    throw new AppError("RATE_LIMITED", "Too many wrong passwords. Wait 15 minutes and try again.");
  }
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    await hitRateLimit(accountKey, windowSeconds);
    throw new AppError("BAD_REQUEST", "Your current password is not right.", [{ path: ["currentPassword"], message: "Not right." }]);
  }
  if (newPassword === currentPassword) throw new AppError("BAD_REQUEST", "Choose a password different from the current one.");
  assertStrongPassword(newPassword, [user.name, user.email]);

  const passwordHash = await hashPassword(newPassword);
  await transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAuditLog(tx, { actorId: user.id, action: "user.password_change", entityType: "User", entityId: user.id });
    await announceAccessChange(tx, user.id);
  });
  await clearRateLimit(accountKey);
}
