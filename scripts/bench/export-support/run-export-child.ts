// Child process of the export benchmark: one export in a fresh process, so
// its peak memory is the export's alone. Reads the payload through the same
// path as the API route (streamExport → toReadableStream → reader) and
// prints one JSON line: { seconds, firstByte, bytes, annotations, articles, peakRssMb, baseRssMb }.
import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { streamExport } from "@/lib/server/export/stream-export";
import { toReadableStream } from "@/lib/server/export/to-readable-stream";

const [url, projectId, format = "jsonl", batch = "100"] = process.argv.slice(2);
if (!url || !projectId) throw new Error("usage: run-export-child <database url> <project id> [format]");

const db = createPrismaClient(url, 2);
await db.$queryRaw`SELECT 1`;
const baseRss = process.memoryUsage().rss;
let peakRss = baseRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);

const started = performance.now();
const run = await streamExport(db, {
  scope: { projectId, filters: { articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null, annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all" }, blindAnnotatorId: null },
  format: format as "jsonl",
  options: { includeNotes: true, pseudonymise: false, baseUrl: "https://claimdesk.example.org" },
  createdAt: new Date().toISOString(),
  batchSize: Number(batch),
});
const reader = toReadableStream(run.chunks).getReader();
let bytes = 0;
let firstByte = 0;
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  if (bytes === 0) firstByte = (performance.now() - started) / 1000;
  bytes += value.byteLength;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const manifest = run.manifest() as { counts: { annotations: number; articles: number }; payload: { sha256: string } };
await db.$disconnect();
process.stdout.write(
  `${JSON.stringify({ seconds, firstByte, bytes, annotations: manifest.counts.annotations, articles: manifest.counts.articles, sha256: manifest.payload.sha256, peakRssMb: peakRss / 2 ** 20, baseRssMb: baseRss / 2 ** 20 })}\n`,
);
