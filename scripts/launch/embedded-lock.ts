import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// Only one process may open the embedded database's folder. The launcher
// holds this pid file while it serves it, so backup and restore can refuse
// to touch a folder in use instead of corrupting it.
const lockFile = (dataRoot: string) => join(dataRoot, "embedded-db.pid");

export function claimEmbeddedLock(dataRoot: string): () => Promise<void> {
  writeFileSync(lockFile(dataRoot), String(process.pid));
  return async () => rmSync(lockFile(dataRoot), { force: true });
}

/** The pid of a live process serving the folder, or null. */
export function embeddedLockHolder(dataRoot: string): number | null {
  if (!existsSync(lockFile(dataRoot))) return null;
  const pid = Number(readFileSync(lockFile(dataRoot), "utf8"));
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // a stale file from a process that died
  }
}
