import { db } from "@/lib/db";

type OAuthSignIn = { provider: string; providerAccountId: string; email: string | null };

// OAuth signs in to an existing Claimdesk account (created by an owner or an
// invite) with the same email, and remembers the link. It never creates
// accounts: membership is by invitation.
export async function linkOAuthSignIn({ provider, providerAccountId, email }: OAuthSignIn): Promise<boolean> {
  const linked = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    include: { user: true },
  });
  if (linked) return !linked.user.disabledAt;
  if (!email) return false;
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user || user.disabledAt) return false;
  await db.oAuthAccount.create({ data: { userId: user.id, provider, providerAccountId } });
  return true;
}
