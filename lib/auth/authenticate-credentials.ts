import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { signInSchema } from "@/lib/validations/auth";
import { timingSafeDummyHash, verifyPassword } from "@/lib/auth/password";
import { clearRateLimit, hitRateLimit, readRateLimit } from "@/lib/auth/rate-limit";

export type SignedInUser = { id: string; email: string; name: string };

export type CredentialsResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "rate_limited" | "malformed" };

// Failures are counted per account whatever the address they come from, so a
// guesser cannot buy fresh attempts by claiming another address; and, when the
// client address is known (behind a trusted proxy, TRUST_PROXY_HOPS), per
// address too, so one address cannot spray guesses over many accounts. The
// price is that anyone can pause sign-in to an account for one window by
// failing on purpose; that pause ends with the window (SIGNIN_WINDOW_SECONDS).
export async function authenticateCredentials(
  input: unknown,
  clientAddress: string | null,
): Promise<CredentialsResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "malformed" };
  const { email, password } = parsed.data;
  const { SIGNIN_MAX_FAILURES: max, SIGNIN_WINDOW_SECONDS: windowSeconds } = env();

  const accountKey = `signin:${email}`;
  const limits = [{ key: accountKey, max }];
  if (clientAddress) limits.push({ key: `signin-ip:${clientAddress}`, max: max * 4 });
  const states = await Promise.all(limits.map(({ key, max }) => readRateLimit(key, max)));
  if (states.some((s) => s.blocked)) return { ok: false, reason: "rate_limited" };

  const user = await db.user.findUnique({ where: { email } });
  const hash = user?.passwordHash ?? (await timingSafeDummyHash());
  const valid = (await verifyPassword(password, hash)) && !!user?.passwordHash && !user.disabledAt;

  if (!valid || !user) {
    await Promise.all(limits.map(({ key }) => hitRateLimit(key, windowSeconds)));
    return { ok: false, reason: "invalid" };
  }
  await clearRateLimit(accountKey);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
