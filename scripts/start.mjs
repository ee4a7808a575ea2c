#!/usr/bin/env node
// Entry point of `npm start` / `npm run dev` on a fresh clone: installs the
// locked dependencies if they are missing, generates the Prisma client, then
// hands over to scripts/launch/launch.ts (database, migrations, demo data,
// Next.js), compiled to plain JavaScript first (a fraction of a second) so no
// TypeScript loader stays resident. Plain JavaScript on purpose: it must run
// before anything is installed.
import { spawn } from "node:child_process";
import { ensureInstalled } from "./support/ensure-installed.mjs";

const mode = process.argv[2] ?? "start";
ensureInstalled();
const { compileEntry } = await import("./support/compile-entry.mjs");
const launcher = spawn(process.execPath, [await compileEntry("launcher"), mode], { stdio: "inherit" });
// Pass stop signals on, so the launcher can stop Next.js and close the
// embedded database cleanly instead of being orphaned.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => launcher.kill(signal));
}
launcher.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
