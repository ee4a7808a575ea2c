import { z } from "zod";
import { chooseBusKind } from "./choose-bus-kind";
import { createMemoryPubSub } from "./create-memory-pub-sub";
import { createPostgresPubSub } from "./create-postgres-pub-sub";
import type { PubSub } from "./pub-sub";

// One bus per process, kept on globalThis like the Prisma client (Next.js
// dev reloads modules; a second bus would split writers from listeners).
const holder = globalThis as unknown as { claimdeskPubSub?: PubSub };

// Only what the bus needs (same names and defaults as lib/env.ts), so a
// script that writes through recordEvent with its own client does not need
// the app's whole environment (NEXTAUTH_SECRET…).
const busEnv = z.object({
  LIVE_BUS: z.enum(["auto", "postgres", "memory"]).default("auto"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_URL: z.string().optional(),
});

export function getPubSub(): PubSub {
  if (!holder.claimdeskPubSub) {
    const config = busEnv.parse(process.env);
    holder.claimdeskPubSub =
      chooseBusKind(config) === "postgres" && config.DATABASE_URL
        ? createPostgresPubSub({ connectionString: config.DATABASE_URL })
        : createMemoryPubSub();
  }
  return holder.claimdeskPubSub;
}

/** Closes the process's bus (tests, scripts). */
export async function closePubSub(): Promise<void> {
  const bus = holder.claimdeskPubSub;
  holder.claimdeskPubSub = undefined;
  await bus?.close();
}
