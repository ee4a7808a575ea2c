import { env } from "@/lib/env";
import { chooseBusKind } from "./choose-bus-kind";
import { createMemoryPubSub } from "./create-memory-pub-sub";
import { createPostgresPubSub } from "./create-postgres-pub-sub";
import type { PubSub } from "./pub-sub";

// One bus per process, kept on globalThis like the Prisma client (Next.js
// dev reloads modules; a second bus would split writers from listeners).
const holder = globalThis as unknown as { claimdeskPubSub?: PubSub };

export function getPubSub(): PubSub {
  if (!holder.claimdeskPubSub) {
    const config = env();
    holder.claimdeskPubSub =
      chooseBusKind(config) === "postgres" ? createPostgresPubSub({ connectionString: config.DATABASE_URL }) : createMemoryPubSub();
  }
  return holder.claimdeskPubSub;
}

/** Closes the process's bus (tests, scripts). */
export async function closePubSub(): Promise<void> {
  const bus = holder.claimdeskPubSub;
  holder.claimdeskPubSub = undefined;
  await bus?.close();
}
