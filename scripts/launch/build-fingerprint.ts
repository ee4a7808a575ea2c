import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["app", "components", "lib", "public", "types", "prisma/schema.prisma", "proxy.ts", "instrumentation.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["generated", "node_modules", ".next"]);

function walk(path: string, hash: ReturnType<typeof createHash>): void {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return;
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) if (!SKIP.has(name)) walk(join(path, name), hash);
  } else {
    hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
}

// Names of the build's inputs with their sizes and times: cheap to compute
// and changes whenever a source file does, so `npm start` rebuilds only then.
export function buildFingerprint(root: string): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) walk(join(root, source), hash);
  return hash.digest("hex");
}
