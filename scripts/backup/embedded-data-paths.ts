import { join, resolve } from "node:path";
import { embeddedLockHolder } from "@/scripts/launch/embedded-lock";

// Where npm start keeps the embedded database (CLAIMDESK_DATA_DIR, default
// .data), refusing while a running launcher holds it.
export function embeddedDataPaths(root: string, { mustBeIdle }: { mustBeIdle: boolean }): { dataRoot: string; dataDir: string } {
  const dataRoot = resolve(process.env.CLAIMDESK_DATA_DIR ?? join(root, ".data"));
  const holder = embeddedLockHolder(dataRoot);
  if (mustBeIdle && holder !== null) throw new Error(`Claimdesk (process ${holder}) is using the embedded database: stop it first (Ctrl+C in its terminal).`);
  return { dataRoot, dataDir: join(dataRoot, "pglite") };
}
