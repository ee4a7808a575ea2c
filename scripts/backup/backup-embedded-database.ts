import { writeFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "@/lib/embedded-db/pglite-extensions";

// The embedded database's whole data folder as a gzipped tarball (PGlite's
// own dumpDataDir): a physical copy, so it needs no client tools. The folder
// must not be open in another process (the launcher's lock says so).
export async function backupEmbeddedDatabase(dataDir: string, file: string): Promise<void> {
  const pglite = await PGlite.create(dataDir, { extensions: pgliteExtensions });
  try {
    const archive = await pglite.dumpDataDir("gzip");
    await writeFile(file, Buffer.from(await archive.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}
