#!/usr/bin/env node
// Entry point of `npm start` / `npm run dev` on a fresh clone: installs the
// locked dependencies if they are missing, generates the Prisma client, then
// hands over to scripts/launch/launch.ts (database, migrations, demo data,
// Next.js). Plain JavaScript on purpose: it must run before anything is installed.
import { spawnSync } from "node:child_process";
import { ensureInstalled } from "./support/ensure-installed.mjs";

const mode = process.argv[2] ?? "start";
ensureInstalled();
const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/launch/launch.ts", mode], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
