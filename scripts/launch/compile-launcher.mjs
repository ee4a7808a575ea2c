// Compiles scripts/launch/launch.ts (and what it imports from lib/ and
// scripts/) into one JavaScript file beside it, so `npm start` runs plain
// node: no TypeScript loader in the long-running launcher process, which also
// serves the embedded database. npm packages stay external (loaded from
// node_modules as usual). The bundle sits in scripts/launch/ like its
// source, so paths the code computes from import.meta.dirname still hold.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const compiledLauncher = join(here, "launch.compiled.mjs");

export async function compileLauncher() {
  return compileEntry(join(here, "launch.ts"), compiledLauncher);
}

// The same for another long-running entry (the job worker, scripts/worker.ts):
// compiled beside its source, for the same reason.
export async function compileEntry(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    tsconfig: join(here, "../../tsconfig.json"),
    logLevel: "warning",
    // Bundled ESM has no require(); some of our modules are CommonJS-minded.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  });
  return outfile;
}
