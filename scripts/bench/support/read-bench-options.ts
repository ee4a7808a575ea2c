import { parseArgs } from "node:util";

/** Where the database benchmarks make their scratch databases unless `--server` says otherwise. */
export const BENCH_SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

type Default = number | string | boolean | undefined;
export type ReadOptions<D extends Record<string, Default>> = {
  [K in keyof D]: D[K] extends number ? number : D[K] extends boolean ? boolean : D[K] extends string ? string : string | undefined;
};

type How = {
  /** The command line without node and the script (the default). */
  args?: string[];
  /** Printed for `--help` (then the process exits) and after a refusal. */
  usage?: string;
  /** The smallest number any numeric option accepts (default 0: `--large 0` skips a project). */
  min?: number;
};

/**
 * A benchmark's command-line options (node:util parseArgs), each named with
 * its default, whose type is the option's: a number takes `--name N` (a
 * whole number, at least `min`), a string `--name text`, a boolean is a flag
 * (`--keep`), `undefined` an optional text (`--json FILE`). An unknown option
 * or a bad number stops the run with a message naming it, rather than
 * measuring something nobody asked for.
 */
export function readBenchOptions<D extends Record<string, Default>>(defaults: D, how: How = {}): ReadOptions<D> {
  const { args = process.argv.slice(2), usage, min = 0 } = how;
  const options = Object.fromEntries(
    [...Object.entries(defaults), ...(usage ? [["help", false] as const] : [])].map(([name, fallback]) => [
      name,
      { type: typeof fallback === "boolean" ? ("boolean" as const) : ("string" as const) },
    ]),
  );
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  if (usage && values.help === true) {
    console.log(usage);
    process.exit(0);
  }
  const read: Record<string, Default> = {};
  for (const [name, fallback] of Object.entries(defaults)) {
    const given = values[name];
    if (given === undefined) read[name] = fallback;
    else if (typeof fallback !== "number") read[name] = given as string | boolean;
    else {
      const value = Number(given);
      if (given === "" || !Number.isInteger(value) || value < min) {
        throw new Error(`--${name} must be a whole number (${min} or more), not “${String(given)}”.${usage ? `\n${usage}` : ""}`);
      }
      read[name] = value;
    }
  }
  return read as ReadOptions<D>;
}
