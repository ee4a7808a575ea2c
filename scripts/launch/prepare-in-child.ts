import { spawn } from "node:child_process";
import { join } from "node:path";
import type { PreparedDatabase } from "@/scripts/launch/prepare-database";

/**
 * Runs scripts/launch/prepare.ts (migrations, demo data, passage index,
 * account facts) in a child process and returns what it reports. `target`
 * is the embedded database's folder, which the child opens itself (the
 * launcher must not have it open), or the URL of a database already served.
 */
export async function prepareInChild(root: string, target: { dataDir: string } | { url: string }): Promise<PreparedDatabase> {
  const args = "dataDir" in target ? ["--data-dir", target.dataDir] : ["--url", target.url];
  const child = spawn(process.execPath, [join(root, "scripts/run-compiled.mjs"), "prepare", ...args], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let prepared: PreparedDatabase | undefined;
  child.on("message", (message) => (prepared = message as PreparedDatabase));
  const code = await new Promise<number | null>((done, fail) => {
    child.once("error", fail);
    child.once("exit", (exitCode) => done(exitCode));
  });
  if (code !== 0 || !prepared) throw new Error(`Preparing the database failed (exit code ${code}).`);
  return prepared;
}
