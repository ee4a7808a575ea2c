import { migrateDatabase } from "@/scripts/launch/migrate-database";
import { indexMissingPassages } from "@/scripts/launch/index-missing-passages";
import { readAccountState, type AccountState } from "@/scripts/launch/read-account-state";
import { seedIfEmpty } from "@/scripts/launch/seed-if-empty";

export type PreparedDatabase = { seeded: boolean; accounts: AccountState };

// What every start does before the app serves: migrations, the demo data on
// an empty database (unless SEED_DEMO=false), the passage index of articles
// that predate it, and what the banner may say about accounts. Each step is
// one client, closed before the next; `handOver` waits until the embedded
// database has seen it go (it serves one client at a time).
export async function prepareDatabase(url: string, handOver: () => Promise<void>): Promise<PreparedDatabase> {
  await migrateDatabase(url);
  await handOver();
  const seeded = process.env.SEED_DEMO === "false" ? false : await seedIfEmpty(url);
  await handOver();
  const indexed = await indexMissingPassages(url);
  if (indexed > 0) console.log(`Indexed the passages of ${indexed} article(s) for cluster candidates.`);
  await handOver();
  const accounts = await readAccountState(url);
  await handOver();
  return { seeded, accounts };
}
