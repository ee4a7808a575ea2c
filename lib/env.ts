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
  // Background jobs (lib/jobs, docs/architecture.md "Background jobs").
  // "in-process": this server also works the queue (the embedded database's
  // only choice, and enough for one instance); "off": only `npm run worker`
  // processes do (several instances behind a proxy).
  JOB_WORKER: z.enum(["in-process", "off"]).default("in-process"),
  // A failed job runs again this many times, after a delay that doubles each
  // time (with jitter), before it is reported as failed.
  JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(3),
  JOB_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).default(10),
  // A job still running after this long is taken as lost (its worker died)
  // and retried; found by the queue's supervision every JOB_SUPERVISE_SECONDS.
  JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(23 * 3600).default(1800),
  JOB_SUPERVISE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  // Where background exports are written for download (a folder shared by
  // the app instances and the workers).
  EXPORT_DIR: z.string().min(1).default(".data/exports"),
};

// Values from our tests, docs and common examples: never a production secret.
const PLACEHOLDER_SECRET = /change-?me|placeholder|example|your[-_ ]?secret|not-used-for-anything-real|e2e-only-secret|^(.)\1+$/i;

// A deployment reached over https is a real one: a missing secret already
// fails above; a known placeholder is refused here too (the local `npm start`
// generates a random one, and the e2e server runs on http://localhost).
const envSchema = z.object(envShape).superRefine((value, ctx) => {
  if (value.NODE_ENV === "production" && value.NEXTAUTH_URL?.startsWith("https://") && PLACEHOLDER_SECRET.test(value.NEXTAUTH_SECRET)) {
    ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "is a placeholder or test value; generate one with `openssl rand -base64 32`" });
  }
});

export type Env = z.infer<typeof envSchema>;
type Key = keyof typeof envShape;

function parseOrExplain<T>(schema: z.ZodType<T>, variables: Readonly<Record<string, string | undefined>> = process.env): T {
  // Empty strings mean "unset" (.env files often carry `NAME=`).
  const source = Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}\nSee README.md, "Configuration".`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** Validates a whole environment as the server does at start-up (throws, naming each bad variable). */
export function validateEnvironment(variables: Readonly<Record<string, string | undefined>>): Env {
  return parseOrExplain(envSchema, variables);
}

/** The whole validated environment, read once per process. */
export function env(): Env {
  cached ??= parseOrExplain(envSchema);
  return cached;
}

type Subset = { schema: z.ZodType; source: string; value: unknown };
const subsets = new Map<string, Subset>();

/**
 * Some variables, validated by the same rules but read afresh on each call:
 * for code that must run without the whole server environment (the proxy,
 * scripts that write through the live bus) or whose values tests change at
 * run time (import limits).
 *
 * The proxy and every request's log line call this. Building a zod schema
 * (zod compiles each new object schema) and copying all of process.env each
 * time cost about 5% of the server's CPU under load (bench:load,
 * docs/benchmarks.md), so the schema is kept per set of keys, only the
 * variables asked for are read, and they are parsed again only when their
 * values changed since the last call.
 */
export function envSubset<K extends Key>(...keys: K[]): Pick<Env, K> {
  const id = keys.join(",");
  let subset = subsets.get(id);
  if (!subset) {
    const picked = Object.fromEntries(keys.map((k) => [k, envShape[k]])) as Pick<typeof envShape, K>;
    subset = { schema: z.object(picked), source: "", value: undefined };
    subsets.set(id, subset);
  }
  const variables: Record<string, string | undefined> = {};
  for (const key of keys) variables[key] = process.env[key];
  const source = JSON.stringify(variables);
  if (subset.value === undefined || subset.source !== source) {
    subset.value = parseOrExplain(subset.schema, variables);
    subset.source = source;
  }
  // A copy: a caller that changes its object must not change the next caller's.
  return { ...(subset.value as Pick<Env, K>) };
}
