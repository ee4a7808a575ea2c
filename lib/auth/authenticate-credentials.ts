import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { signInSchema } from "@/lib/validations/auth";
import { timingSafeDummyHash, verifyPassword } from "@/lib/auth/password";
import { clearRateLimit, hitRateLimit, readRateLimit } from "@/lib/auth/rate-limit";

export type SignedInUser = { id: string; email: string; name: string };

export type CredentialsResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "rate_limited" | "malformed" };

// Failures are counted per (email, client address), and per address alone when
// the address is known, so one address cannot spray guesses across many
// accounts either. Without a proxy header every client is "local"; a shared
// per-address cap would then let anyone lock everybody out, so it is skipped.
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
  const keys = clientAddress === "local" ? [accountKey] : [accountKey, addressKey];
  const states = await Promise.all(keys.map((key) => readRateLimit(key, key === accountKey ? max : max * 4)));
  if (states.some((s) => s.blocked)) return { ok: false, reason: "rate_limited" };

  const user = await db.user.findUnique({ where: { email } });
  const hash = user?.passwordHash ?? (await timingSafeDummyHash());
  const valid = (await verifyPassword(password, hash)) && !!user?.passwordHash && !user.disabledAt;

  if (!valid || !user) {
    await Promise.all(keys.map((key) => hitRateLimit(key, windowSeconds)));
    return { ok: false, reason: "invalid" };
  }
  await clearRateLimit(accountKey);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
