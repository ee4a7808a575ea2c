import { z } from "zod";

// Validated server environment. Read once; a bad value stops start-up with a
// message naming the variable instead of failing later in a request.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .url()
    .refine((u) => u.startsWith("postgres://") || u.startsWith("postgresql://"), "must be a postgres:// URL"),
  // Connections per app instance. The embedded database accepts exactly one.
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // Live updates' bus: "postgres" (LISTEN/NOTIFY, several app instances),
  // "memory" (one instance; the only choice on the embedded database), or
  // "auto": memory with a pool of one connection, postgres otherwise.
  LIVE_BUS: z.enum(["auto", "postgres", "memory"]).default("auto"),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  NEXTAUTH_URL: z.string().url().optional(),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  // Reverse proxies in front of the app that append to X-Forwarded-For. 0
  // (the default): the header is ignored, because any client can write it.
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Failed sign-ins allowed per account within the window (and four times as
  // many per client address when the address is known).
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}\nSee README.md, "Configuration".`);
  }
  cached = parsed.data;
  return cached;
}
