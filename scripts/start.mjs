#!/usr/bin/env node
// Entry point of `npm start` / `npm run dev` on a fresh clone: installs the
// locked dependencies if they are missing, generates the Prisma client, then
// hands over to scripts/launch/launch.ts (database, migrations, demo data,
// Next.js), compiled to plain JavaScript first (a fraction of a second) so no
// TypeScript loader stays resident. Plain JavaScript on purpose: it must run
// before anything is installed.
// The launcher runs in this process (it reads its mode from process.argv[2],
// as this script does): a separate process only to wait for it cost 51 MB
// resident for the app's whole life (docs/benchmarks.md, "Idle memory").
import { pathToFileURL } from "node:url";
import { ensureInstalled } from "./support/ensure-installed.mjs";

ensureInstalled();
const { compileEntry } = await import("./support/compile-entry.mjs");
const launcher = await compileEntry("launcher");
// A closed terminal stops the app the way Ctrl-C does (the launcher stops
// Next.js and closes the embedded database) instead of orphaning Next.js.
process.on("SIGHUP", () => process.kill(process.pid, "SIGTERM"));
await import(pathToFileURL(launcher).href);
