// Compiles a TypeScript entry point (and what it imports from lib/ and
// scripts/) into one plain JavaScript file beside its source, so the
// commands operators run start with plain node: no TypeScript loader kept
// resident (the launcher also serves the embedded database) or paid for at
// start. npm packages stay external (loaded from node_modules as usual).
// The bundle sits beside its source, so paths the code computes from
// import.meta.dirname still hold. esbuild takes a fraction of a second, so
// entries are compiled on every run and never go stale.
// A new entry (e.g. a background worker) is one more line in ENTRIES.
import { build, stop } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

export const ENTRIES = {
  launcher: "scripts/launch/launch.ts",
  prepare: "scripts/launch/prepare.ts",
  export: "scripts/export.ts",
  migrate: "scripts/db/migrate.ts",
  worker: "scripts/worker.ts",
};

export function compiledPath(name) {
  const source = ENTRIES[name];
  if (!source) throw new Error(`Unknown entry "${name}"; known: ${Object.keys(ENTRIES).join(", ")}`);
  return join(root, source.replace(/\.ts$/, ".compiled.mjs"));
}

export async function compileEntry(name) {
  const outfile = compiledPath(name);
  await build({
    entryPoints: [join(root, ENTRIES[name])],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    tsconfig: join(root, "tsconfig.json"),
    logLevel: "warning",
    // Bundled ESM has no require(); some of our modules are CommonJS-minded.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  });
  // esbuild keeps a service process for further builds; the launcher would
  // carry it (18 MB) for as long as the app runs.
  await stop();
  return outfile;
}
