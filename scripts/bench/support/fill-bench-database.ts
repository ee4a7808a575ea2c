import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { seedDemo } from "@/lib/seed/seed-demo";
import { loadDemoCorpus } from "@/scripts/launch/seed-if-empty";
import { migrateDatabase } from "@/scripts/launch/migrate-database";
import { loadProjectRegistry } from "@/lib/server/suggestion/load-project-registry";
import { loadSuggestionCandidates } from "@/lib/server/suggestion/load-suggestion-candidates";
import type { BenchDatabase } from "./open-bench-database";
import type { BenchSpan } from "./generate-spans";
import type { WordIndex } from "./index-words";
import { insertBenchArticles } from "./insert-bench-articles";

// Migrations and demo data exactly as the launcher makes them, then the
// benchmark's articles with their suggestion findings precomputed, as the
// suggestion-index job does after an import (otherwise the first open
// computes them — seconds of CPU on a 20,000-word article — and the next
// timed load waits behind it); one client at a time, as the embedded
// database needs.
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
    const ids = await insertBenchArticles(client, text, index, articles);
    for (const id of ids.values()) {
      const article = await client.article.findUniqueOrThrow({ where: { id }, select: { id: true, projectId: true, revision: true, text: true } });
      await loadSuggestionCandidates(client, article, await loadProjectRegistry(client, article.projectId));
    }
    return ids;
  } finally {
    await client.$disconnect();
    await db.handOver();
  }
}
