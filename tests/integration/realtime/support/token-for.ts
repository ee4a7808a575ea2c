import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/sha256-hex";

/** An API token for a user: route handlers can then be called without a session. */
export async function tokenFor(userId: string): Promise<string> {
  const secret = `cd_${randomBytes(16).toString("hex")}`;
  await db.apiToken.create({ data: { userId, projectId: null, name: "test", tokenHash: sha256Hex(secret), prefix: secret.slice(0, 8), scopes: [] } });
  return secret;
}
