import { parseArgs } from "node:util";

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
  --trace FILE            record a Chromium trace of the C keystrokes (FILE-<size>.json; open in DevTools)`;

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string", default: "500,2000,5000" },
      words: { type: "string", default: "20000" },
      runs: { type: "string", default: "5" },
      keystrokes: { type: "string", default: "10" },
      "scroll-ms": { type: "string", default: "3000" },
      port: { type: "string", default: "3701" },
      "reference-only": { type: "boolean", default: false },
      json: { type: "string" },
      trace: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const positive = (name: string, raw: string) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, not "${raw}"\n${USAGE}`);
    return n;
  };
  return {
    sizes: values.sizes.split(",").map((s) => positive("sizes", s.trim())),
    words: positive("words", values.words),
    runs: positive("runs", values.runs),
    keystrokes: positive("keystrokes", values.keystrokes),
    scrollMs: positive("scroll-ms", values["scroll-ms"]),
    port: positive("port", values.port),
    referenceOnly: values["reference-only"],
    json: values.json,
    trace: values.trace,
  };
}
