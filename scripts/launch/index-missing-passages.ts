import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { indexUnindexedArticles } from "@/lib/server/passage/index-unindexed-articles";

// Start-up step after migrations and seeding: articles that predate the
// passage index get indexed once (lib/server/passage). One connection, like
// the other launch steps, so it works against the embedded database too.
export async function indexMissingPassages(databaseUrl: string): Promise<number> {
  const client = createPrismaClient(databaseUrl, 1);
  try {
    return await indexUnindexedArticles(client);
  } finally {
    await client.$disconnect();
  }
}
