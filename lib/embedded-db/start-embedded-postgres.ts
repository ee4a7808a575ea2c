import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { pgliteExtensions } from "@/lib/embedded-db/pglite-extensions";

export type EmbeddedPostgres = {
  url: string;
  port: number;
  // Resolves once no client is connected. The server notices a client's
  // disconnect a moment after the client does; a new client that connects in
  // between is turned away, so hand-overs between clients wait for this.
  waitForNoClients: () => Promise<void>;
  stop: () => Promise<void>;
};

type Options = {
  // A folder to persist data in; undefined keeps the database in memory.
  dataDir?: string;
  port?: number;
};

// Postgres's default 128 MB of shared buffers is memory the WebAssembly
// instance touches at start and keeps: 16 MB took the process from 526 to
// ~415 MB resident (docs/benchmarks.md, "Idle memory"). Data beyond it is
// still cached by the operating system's page cache, which PGlite's files
// go through.
const MEMORY_SETTINGS = ["-c", "shared_buffers=16MB"];

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, "127.0.0.1");
  });
}

async function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once("error", reject)
      .listen(0, "127.0.0.1", () => {
        const address = probe.address();
        const port = typeof address === "object" && address ? address.port : 0;
        probe.close(() => resolve(port));
      });
  });
}

// Real Postgres (PGlite, Postgres compiled to WebAssembly) served over the
// wire protocol on loopback, so the app uses the same `pg` driver as with a
// server. The socket server accepts ONE connection at a time — more mixes up
// clients' messages — so clients must use a pool of one (DATABASE_POOL_MAX=1).
export async function startEmbeddedPostgres({ dataDir, port }: Options = {}): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const options = { extensions: pgliteExtensions, startParams: [...PGlite.defaultStartParams, ...MEMORY_SETTINGS] };
  const pglite = dataDir ? await PGlite.create(dataDir, options) : await PGlite.create(options);
  const chosen = port && (await portIsFree(port)) ? port : await anyFreePort();
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: chosen, maxConnections: 1 });
  await server.start();
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${chosen}/postgres?sslmode=disable`,
    port: chosen,
    waitForNoClients: async () => {
      for (let i = 0; i < 250 && server.getStats().activeConnections > 0; i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await pglite.close();
    },
  };
}
