// `node scripts/run-compiled.mjs prepare --data-dir <folder> | --url <url>`:
// what the launcher runs in a child process before the app starts —
// migrations, the demo data, the passage index, the banner's account facts
// (prepare-database.ts) — reporting the outcome to the launcher over IPC.
// A child, so that none of this stays in the launcher's memory for the
// app's whole life (docs/benchmarks.md, "Idle memory"): the Prisma client,
// the seed's text-processing libraries and, on an embedded folder, the
// PGlite instance that created and filled the database (WebAssembly memory
// only grows, and a closed instance was not given back in-process).
// --data-dir: open the embedded database's folder here (creating it if new);
// the launcher opens it again for serving once this process has exited.
// --url: a database someone else serves (a server, or the launcher's
// in-memory embedded database for the browser tests).
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "@/lib/embedded-db/start-embedded-postgres";
import { prepareDatabase, type PreparedDatabase } from "@/scripts/launch/prepare-database";

const { values } = parseArgs({ options: { "data-dir": { type: "string" }, url: { type: "string" } } });

async function prepare(): Promise<PreparedDatabase> {
  if (values.url) return prepareDatabase(values.url, async () => undefined);
  if (!values["data-dir"]) throw new Error("prepare needs --data-dir <folder> or --url <url>");
  const embedded = await startEmbeddedPostgres({ dataDir: values["data-dir"], port: 0 });
  try {
    return await prepareDatabase(embedded.url, embedded.waitForNoClients);
  } finally {
    await embedded.stop();
  }
}

try {
  const prepared = await prepare();
  if (!process.send) throw new Error("prepare reports to the launcher over IPC; run it through the launcher");
  await new Promise<void>((done, fail) => process.send!(prepared, (error: Error | null) => (error ? fail(error) : done())));
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
