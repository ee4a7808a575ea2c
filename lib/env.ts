import { z } from "zod";

// The only reader of process.env in app code (lint enforces it). The whole
// environment is validated once at start-up (instrumentation.ts), so a bad
// value stops the server with a message naming the variable instead of failing
// later in a request.
const envShape = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
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
  // Structured JSON logs (pino) on stdout: one line per API request and
  // per unexpected error. "silent" turns them off (the test runs do).
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Import limits (docs/import.md): per file in UTF-8 bytes, lines of one
  // JSONL file, files per request, and the whole request body (413 above it).
  IMPORT_MAX_FILE_BYTES: z.coerce.number().int().min(1).default(5 * 1024 * 1024),
  IMPORT_MAX_LINES: z.coerce.number().int().min(1).default(10_000),
  IMPORT_MAX_FILES: z.coerce.number().int().min(1).default(50),
  IMPORT_MAX_REQUEST_BYTES: z.coerce.number().int().min(1).default(25 * 1024 * 1024),
};

const envSchema = z.object(envShape);

export type Env = z.infer<typeof envSchema>;
type Key = keyof typeof envShape;

function parseOrExplain<T>(schema: z.ZodType<T>): T {
  // Empty strings mean "unset" (.env files often carry `NAME=`).
  const source = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}\nSee README.md, "Configuration".`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The whole validated environment, read once per process. */
export function env(): Env {
  cached ??= parseOrExplain(envSchema);
  return cached;
}

/**
 * Some variables, validated by the same rules but read afresh on each call:
 * for code that must run without the whole server environment (the proxy,
 * scripts that write through the live bus) or whose values tests change at
 * run time (import limits).
 */
export function envSubset<K extends Key>(...keys: K[]): Pick<Env, K> {
  const picked = Object.fromEntries(keys.map((k) => [k, envShape[k]])) as Pick<typeof envShape, K>;
  return parseOrExplain(z.object(picked)) as Pick<Env, K>;
}
