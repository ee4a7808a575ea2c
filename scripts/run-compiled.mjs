#!/usr/bin/env node
// `node scripts/run-compiled.mjs <entry> [arguments]`: what `npm run export`
// and `npm run db:migrate` run. Installs the locked dependencies if they are
// missing (a fresh clone), compiles the entry (scripts/support/compile-entry.mjs)
// and runs it in this process with its own arguments. Plain JavaScript on
// purpose: it must run before anything is installed.
import { pathToFileURL } from "node:url";
import { ensureInstalled } from "./support/ensure-installed.mjs";

const name = process.argv[2];
ensureInstalled();
const { compileEntry } = await import("./support/compile-entry.mjs");
const file = await compileEntry(name);
// The entry reads process.argv.slice(2) as its own arguments.
process.argv.splice(2, 1);
await import(pathToFileURL(file).href);
