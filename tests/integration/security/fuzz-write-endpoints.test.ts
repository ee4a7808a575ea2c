import { describe, expect, it } from "vitest";
import { formatFuzzStats, runWriteEndpointFuzz } from "./support/run-write-endpoint-fuzz";

// Every write endpoint under app/api, driven through its real handler with
// generated requests (fast-check): malformed JSON, wrong types, control
// characters, lone surrogates, huge strings, out-of-range and
// surrogate-splitting offsets, prototype keys, foreign ids. CI runs
// FUZZ_RUNS (default 2,000); `npm run fuzz` runs 20,000 and prints the counts.
const numRuns = Number(process.env.FUZZ_RUNS ?? 2_000);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

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
});
