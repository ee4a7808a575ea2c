import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { seedDemo, type CorpusFile } from "@/lib/seed/seed-demo";

const seedDir = resolve(import.meta.dirname, "../../prisma/seed-data");

export function loadDemoCorpus(): CorpusFile[] {
  const overrides = JSON.parse(readFileSync(join(seedDir, "articles.json"), "utf8")) as Record<string, CorpusFile["overrides"]>;
  return readdirSync(join(seedDir, "corpus"))
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((fileName) => ({
      fileName,
      content: readFileSync(join(seedDir, "corpus", fileName), "utf8"),
      overrides: overrides[fileName],
    }));
}

// One connection, closed before the app starts: the embedded database serves
// one client at a time.
export async function seedIfEmpty(databaseUrl: string): Promise<boolean> {
  const client = createPrismaClient(databaseUrl, 1);
  try {
    return await seedDemo(client, loadDemoCorpus());
  } finally {
    await client.$disconnect();
  }
}
