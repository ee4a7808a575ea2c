import { db } from "@/lib/db";

export async function findUserIdForOAuth(provider: string, providerAccountId: string): Promise<string | undefined> {
  const account = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
  });
  return account?.userId;
}
