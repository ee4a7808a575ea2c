import { db } from "@/lib/db";

export type RateLimitState = { blocked: boolean; count: number; resetAt: Date };

// Fixed-window counters in Postgres so that every app instance sees the same
// numbers. One statement per hit keeps the increment atomic under concurrency.
export async function hitRateLimit(key: string, windowSeconds: number): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt", "updatedAt")
    VALUES (${key}, 1, now() + make_interval(secs => (${windowSeconds})::double precision), now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now()
                       THEN now() + make_interval(secs => (${windowSeconds})::double precision) ELSE "RateLimitBucket"."resetAt" END,
      "updatedAt" = now()
    RETURNING "count"`;
  return rows[0]?.count ?? 1;
}

export async function readRateLimit(key: string, max: number): Promise<RateLimitState> {
  const bucket = await db.rateLimitBucket.findUnique({ where: { key } });
  if (!bucket || bucket.resetAt <= new Date()) return { blocked: false, count: 0, resetAt: new Date() };
  return { blocked: bucket.count >= max, count: bucket.count, resetAt: bucket.resetAt };
}

export async function clearRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
