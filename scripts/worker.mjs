// `npm run worker`: compiles scripts/worker.ts to plain JavaScript (a fraction
// of a second, as `npm start` does for its launcher) and runs it in this
// process, so a worker runs no TypeScript loader.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compileEntry } from "./launch/compile-launcher.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const compiled = await compileEntry(join(here, "worker.ts"), join(here, "worker.compiled.mjs"));
await import(pathToFileURL(compiled).href);
