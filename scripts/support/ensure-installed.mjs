import { existsSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newer(a, b) {
  return statSync(a).mtimeMs > statSync(b).mtimeMs;
}

// `npm ci` when node_modules is missing or older than the lockfile; the
// Prisma client when it is missing or older than the schema.
export function ensureInstalled() {
  const marker = "node_modules/.package-lock.json";
  if (!existsSync(marker) || newer("package-lock.json", marker)) {
    console.log("Installing dependencies (npm ci)…");
    run("npm", ["ci", "--no-audit", "--no-fund"]);
  }
  const client = "lib/generated/prisma/client.ts";
  if (!existsSync(client) || newer("prisma/schema.prisma", client)) {
    run(process.execPath, ["scripts/db/generate-client.mjs"]);
  }
}
