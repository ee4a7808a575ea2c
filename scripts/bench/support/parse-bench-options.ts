import { readBenchOptions } from "./read-bench-options";

export type BenchOptions = {
  sizes: number[];
  words: number;
  runs: number;
  keystrokes: number;
  scrollMs: number;
  port: number;
  // Only the reference half (text-annotator and the bare CSS Highlight API).
  referenceOnly: boolean;
  json: string | undefined;
  // A Chromium performance trace of the C keystrokes, per size (FILE-<size>.json).
  trace: string | undefined;
  // The trace also records style invalidations (what made each recalculation
  // necessary); DevTools then names them, at the cost of slower DOM changes.
  traceInvalidations: boolean;
};

export const USAGE = `npm run bench:editor -- [options]
  --sizes 500,2000,5000   annotation counts, one article each
  --words 20000           article length
  --runs 5                measured repetitions per size (after one cold load)
  --keystrokes 10         claims created with the C key, per size
  --scroll-ms 3000        duration of the scroll through the article
  --port 3701             port of the app started for the benchmark
  --reference-only        skip the app; measure text-annotator and the CSS floor
  --json FILE             also write every raw figure to FILE
  --trace FILE            record Chromium traces of one extra page load (FILE-<size>-load.json) and of the
                          C keystrokes (FILE-<size>.json; open in DevTools)
  --trace-invalidations   the traces also record style invalidations (slower; for finding what restyles)`;

export function parseBenchOptions(argv: string[]): BenchOptions {
  const values = readBenchOptions(
    {
      sizes: "500,2000,5000",
      words: 20000,
      runs: 5,
      keystrokes: 10,
      "scroll-ms": 3000,
      port: 3701,
      "reference-only": false,
      json: undefined,
      trace: undefined,
      "trace-invalidations": false,
    },
    { args: argv, usage: USAGE, min: 1 },
  );
  const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes must be positive whole numbers, not "${values.sizes}"\n${USAGE}`);
  return {
    sizes,
    words: values.words,
    runs: values.runs,
    keystrokes: values.keystrokes,
    scrollMs: values["scroll-ms"],
    port: values.port,
    referenceOnly: values["reference-only"],
    json: values.json,
    trace: values.trace,
    traceInvalidations: values["trace-invalidations"],
  };
}
