import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { loadDemoCorpus } from "@/scripts/launch/seed-if-empty";
import { migrateDatabase } from "@/scripts/launch/migrate-database";
import type { BenchDatabase } from "./open-bench-database";
import type { BenchSpan } from "./generate-spans";
import type { WordIndex } from "./index-words";
import { insertBenchArticles } from "./insert-bench-articles";

// Migrations and demo data exactly as the launcher makes them, then the
// benchmark's articles; one client at a time, as the embedded database needs.
export async function fillBenchDatabase(
  db: BenchDatabase,
  text: string,
  index: WordIndex,
  articles: ReadonlyArray<{ size: number; spans: readonly BenchSpan[] }>,
): Promise<Map<number, string>> {
  await migrateDatabase(db.url);
  await db.handOver();
  const client = createPrismaClient(db.url, 1);
  try {
    await seedDemo(client, loadDemoCorpus());
    return await insertBenchArticles(client, text, index, articles);
  } finally {
    await client.$disconnect();
    await db.handOver();
  }
}
