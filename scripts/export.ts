// Exports a project from the command line, through the same streaming code
// as the API (lib/server/export/stream-export.ts), as the operator: no
// project role applies (whoever can read the database can read it all).
//
//   npm run export -- --format jsonl --project demo > out.jsonl
//   npm run export -- --format brat --project demo --out demo.zip --manifest demo.manifest.json \
//     --kinds claim --statuses false,mostly_false --review accepted --pseudonymise --no-notes
//   npm run export -- --card --project demo --pseudonymise > README.md
//
// Database: DATABASE_URL, or else the embedded database the app keeps in
// .data/pglite (CLAIMDESK_DATA_DIR). The embedded database can be opened by
// one process at a time: while the app runs on it, export through the API.
import { createWriteStream, existsSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "@/lib/embedded-db/start-embedded-postgres";
import { isAppError } from "@/lib/errors/app-error";
import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { parseExportQuery } from "@/lib/server/export/parse-export-query";
import { streamExport } from "@/lib/server/export/stream-export";

const usage = `Usage: npm run export -- --format <format> --project <slug> [options]
       npm run export -- --card --project <slug> [options]

  --format           jsonl | csv | csv-excel | w3c | claimreview | conll | brat | label-studio | doccano | doccano-relations
  --project          the project's slug (e.g. demo)
  --out FILE         write the payload to FILE (default: standard output)
  --manifest FILE    write the manifest (counts, filters, sha256 of the payload) to FILE
  --card             write only the dataset card (README.md, Hugging Face format) of this export;
                     --format may be left out (the card describes the dataset, not one file)
  --articles IDS     only these articles (comma-separated ids)
  --published-from D, --published-to D     articles published in [from, to] (YYYY-MM-DD or ISO 8601)
  --updated-from D,   --updated-to D       annotations last changed in [from, to]
  --annotators IDS   only annotations by these users (ids)
  --kinds K          claim, mention or claim,mention
  --statuses KEYS    only claims with these verification statuses (label keys, e.g. false,true)
  --review R         all (default) | accepted | gold
  --no-notes         leave notes out
  --pseudonymise     replace annotator names and ids by pseudonyms (annotator-1, …)
  --base-url URL     origin ids and links are built on (default NEXTAUTH_URL or http://localhost:3000)`;

const root = resolve(import.meta.dirname, "..");
if (existsSync(join(root, ".env"))) process.loadEnvFile(join(root, ".env"));

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer().once("error", () => done(true)).once("listening", () => probe.close(() => done(false))).listen(port, "127.0.0.1");
  });
}

async function openDatabase(): Promise<{ url: string; poolMax: number; close: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, poolMax: 2, close: async () => undefined };
  const dataDir = join(resolve(process.env.CLAIMDESK_DATA_DIR ?? join(root, ".data")), "pglite");
  if (!existsSync(dataDir)) fail(`No database: DATABASE_URL is not set and there is no embedded database in ${dataDir}.\nStart the app once (npm start) or set DATABASE_URL.`);
  const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  if (await portInUse(port)) {
    fail(
      `Port ${port} is in use: the app is probably running on the embedded database, which one process can open at a time.\n` +
        `Either stop the app and run this again, or export through the API with a token (create one on the project's Export page):\n` +
        `  curl -H "Authorization: Bearer <token>" "http://localhost:3000/api/projects/<slug>/exports?format=jsonl" > out.jsonl`,
    );
  }
  const embedded = await startEmbeddedPostgres({ dataDir, port: 0 });
  return { url: embedded.url, poolMax: 1, close: embedded.stop };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: "string" }, project: { type: "string" }, out: { type: "string" }, manifest: { type: "string" },
      articles: { type: "string" }, "published-from": { type: "string" }, "published-to": { type: "string" },
      "updated-from": { type: "string" }, "updated-to": { type: "string" }, annotators: { type: "string" },
      kinds: { type: "string" }, statuses: { type: "string" }, review: { type: "string" },
      "no-notes": { type: "boolean" }, pseudonymise: { type: "boolean" }, "base-url": { type: "string" }, help: { type: "boolean" },
      card: { type: "boolean" },
    },
  });
  if (values.help) return void process.stdout.write(`${usage}\n`);
  if (!values.project) fail(`--project is required.\n\n${usage}`);
  let request;
  try {
    request = parseExportQuery({
      // The card reads the data once; JSONL is the form it describes.
      format: values.format ?? (values.card ? "jsonl" : undefined), articles: values.articles, publishedFrom: values["published-from"], publishedTo: values["published-to"],
      updatedFrom: values["updated-from"], updatedTo: values["updated-to"], annotators: values.annotators, kinds: values.kinds,
      statuses: values.statuses, review: values.review, notes: values["no-notes"] ? "false" : "true", pseudonymise: values.pseudonymise ? "true" : "false",
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  }

  const database = await openDatabase();
  const db = createPrismaClient(database.url, database.poolMax);
  try {
    const project = await db.project.findFirst({ where: { slug: values.project, deletedAt: null }, select: { id: true } });
    if (!project) fail(`No project with slug "${values.project}".`, 1);
    const run = await streamExport(db, {
      scope: { projectId: project.id, filters: request.filters, blindAnnotatorId: null },
      format: request.format,
      options: {
        includeNotes: request.includeNotes,
        pseudonymise: request.pseudonymise,
        baseUrl: values["base-url"] ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000",
      },
      createdAt: new Date().toISOString(),
    });
    if (values.card) {
      for await (const _chunk of run.chunks);
      const card = await run.card();
      if (values.out) writeFileSync(values.out, card);
      else process.stdout.write(card);
      const c = (run.manifest() as { counts: Record<string, number> }).counts;
      process.stderr.write(`Dataset card for ${c.articles} articles, ${c.annotations} annotations${values.out ? ` → ${values.out}` : ""}\n`);
      return;
    }
    await pipeline(Readable.from(run.chunks), values.out ? createWriteStream(values.out) : process.stdout);
    const manifest = run.manifest() as { counts: Record<string, number>; payload: { sha256: string; bytes: number } };
    if (values.manifest) writeFileSync(values.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
    const c = manifest.counts;
    process.stderr.write(
      `Exported ${c.articles} articles, ${c.annotations} annotations (${c.claims} claims, ${c.mentions} mentions) as ${request.format}: ` +
        `${manifest.payload.bytes} bytes, sha256 ${manifest.payload.sha256}${values.out ? ` → ${values.out}` : ""}\n`,
    );
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${isAppError(error) ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
