import { envSubset } from "@/lib/env";
import { chooseBusKind } from "./choose-bus-kind";
import { createMemoryPubSub } from "./create-memory-pub-sub";
import { createPostgresPubSub } from "./create-postgres-pub-sub";
import type { PubSub } from "./pub-sub";

// One bus per process, kept on globalThis like the Prisma client (Next.js
// dev reloads modules; a second bus would split writers from listeners).
const holder = globalThis as unknown as { claimdeskPubSub?: PubSub };

export function getPubSub(): PubSub {
  if (!holder.claimdeskPubSub) {
    // Only what the bus needs, so a script that writes through recordEvent
    // with its own client does not need the app's whole environment.
    const config = envSubset("LIVE_BUS", "DATABASE_POOL_MAX");
    const databaseUrl = chooseBusKind(config) === "postgres" ? envSubset("DATABASE_URL").DATABASE_URL : null;
    holder.claimdeskPubSub = databaseUrl ? createPostgresPubSub({ connectionString: databaseUrl }) : createMemoryPubSub();
  }
  return holder.claimdeskPubSub;
}

/** Closes the process's bus (tests, scripts). */
export async function closePubSub(): Promise<void> {
  const bus = holder.claimdeskPubSub;
  holder.claimdeskPubSub = undefined;
  await bus?.close();
}
