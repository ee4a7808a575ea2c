import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { signInSchema } from "@/lib/validations/auth";
import { timingSafeDummyHash, verifyPassword } from "@/lib/auth/password";
import { clearRateLimit, hitRateLimit, readRateLimit } from "@/lib/auth/rate-limit";

export type SignedInUser = { id: string; email: string; name: string };

export type CredentialsResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "rate_limited" | "malformed" };

// Failures are counted per (email, client address) and per address alone, so
// one address cannot spray guesses across many accounts either.
export async function authenticateCredentials(
  input: unknown,
  clientAddress: string,
): Promise<CredentialsResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "malformed" };
  const { email, password } = parsed.data;
  const { SIGNIN_MAX_FAILURES: max, SIGNIN_WINDOW_SECONDS: windowSeconds } = env();

  const accountKey = `signin:${email}:${clientAddress}`;
  const addressKey = `signin-ip:${clientAddress}`;
  const [account, address] = await Promise.all([
    readRateLimit(accountKey, max),
    readRateLimit(addressKey, max * 4),
  ]);
  if (account.blocked || address.blocked) return { ok: false, reason: "rate_limited" };

  const user = await db.user.findUnique({ where: { email } });
  const hash = user?.passwordHash ?? (await timingSafeDummyHash());
  const valid = (await verifyPassword(password, hash)) && !!user?.passwordHash && !user.disabledAt;

  if (!valid || !user) {
    await Promise.all([hitRateLimit(accountKey, windowSeconds), hitRateLimit(addressKey, windowSeconds)]);
    return { ok: false, reason: "invalid" };
  }
  await clearRateLimit(accountKey);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
