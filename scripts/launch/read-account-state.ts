import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { demoAccounts } from "@/lib/seed/demo-accounts";

export type AccountState = { accounts: number; demoLogins: typeof demoAccounts };

// What the start banner may truthfully say: which demo logins exist (none on
// a real installation) and whether anyone has an account yet. One
// connection, closed before the app starts, like the other launch steps.
export async function readAccountState(databaseUrl: string): Promise<AccountState> {
  const client = createPrismaClient(databaseUrl, 1);
  try {
    const [accounts, present] = await Promise.all([
      client.user.count(),
      client.user.findMany({ where: { email: { in: demoAccounts.map((a) => a.email) } }, select: { email: true } }),
    ]);
    const emails = new Set(present.map((u) => u.email));
    return { accounts, demoLogins: demoAccounts.filter((a) => emails.has(a.email)) };
  } finally {
    await client.$disconnect();
  }
}
