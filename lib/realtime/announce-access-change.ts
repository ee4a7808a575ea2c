import type { DbClient } from "@/lib/server/db-client";
import { getPubSub } from "@/lib/realtime/get-pub-sub";

// Tells open event streams, on every instance, that what `userId` may reach
// has changed (signed out, sessions ended, password changed, token revoked,
// removed from a project or given another role): their streams check their
// access again at once instead of at the next periodic check. Sent after
// `tx` commits, so a stream never re-checks before the change is visible.
export async function announceAccessChange(tx: DbClient, userId: string): Promise<void> {
  await getPubSub().publishAfterCommit(tx, { kind: "access", userId });
}
