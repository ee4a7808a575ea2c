import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formatFuzzStats, runWriteEndpointFuzz } from "./support/run-write-endpoint-fuzz";
import { formatActionFuzzStats, runServerActionFuzz } from "./support/run-server-action-fuzz";

// Every write endpoint under app/api, driven through its real handler with
// generated requests (fast-check): malformed JSON, wrong types, control
// characters, lone surrogates, huge strings, out-of-range and
// surrogate-splitting offsets, prototype keys, foreign ids. Then every server
// action under app/, called with generated arguments as each kind of person.
// CI runs FUZZ_RUNS (default 1,500) of each, 3,000 in all; `npm run fuzz` runs 20,000 of
// each and prints the counts.
const numRuns = Number(process.env.FUZZ_RUNS ?? 1_500);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

// Server actions read the session through requireUser / getCurrentUser; the
// fuzzer chooses the person (null: anonymous, sent to sign-in like the real
// one). Route handlers are called with API tokens and never reach these.
let current: CurrentUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => current,
  getCurrentSession: async () => null,
  requireUser: async () => {
    if (!current) redirect("/sign-in");
    return current;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost" }) }));

describe("write endpoints under fuzzing (real Postgres)", () => {
  // Sized by FUZZ_RUNS, not by the clock: no time limit (0).
  it("never answer 5xx, always explain a 4xx, and store nothing from a refused request", { timeout: 0 }, async () => {
      const stats = await runWriteEndpointFuzz(numRuns, seed);
      console.log(formatFuzzStats(stats));
      expect(stats.cases).toBe(numRuns);
      // 26 on 7 December 2026; fewer means discovery broke, not that routes went away.
      expect(stats.endpoints).toBeGreaterThanOrEqual(26);
      expect(stats.refused).toBeGreaterThan(numRuns / 2);
      expect(stats.findings).toEqual([]);
      expect(stats.serverErrors).toBe(0);
      expect(stats.changesFromRefused).toBe(0);
  });

  it("server actions never fail unexpectedly, always explain a refusal, and store nothing from one", { timeout: 0 }, async () => {
    const stats = await runServerActionFuzz(numRuns, seed, (user) => {
      current = user;
    });
    console.log(formatActionFuzzStats(stats));
    expect(stats.cases).toBe(numRuns);
    // 23 on 7 December 2026 (every export of every "use server" file).
    expect(stats.actions).toBeGreaterThanOrEqual(23);
    expect(stats.refused).toBeGreaterThan(numRuns / 4);
    expect(stats.findings).toEqual([]);
    expect(stats.serverErrors).toBe(0);
    expect(stats.changesFromRefused).toBe(0);
  });
});
