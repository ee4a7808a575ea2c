// Child process of the export benchmark: one export in a fresh process, so
// its peak memory is the export's alone. Reads the payload through the same
// path as the API route (streamExport → toReadableStream → reader) and
// prints one JSON line: { seconds, firstByte, coldOneArticle, bytes, annotations, articles, peakRssMb, baseRssMb }.
import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { streamExport } from "@/lib/server/export/stream-export";
import { toReadableStream } from "@/lib/server/export/to-readable-stream";

const [url, projectId, format = "jsonl", batch = "100"] = process.argv.slice(2);
if (!url || !projectId) throw new Error("usage: run-export-child <database url> <project id> [format]");

const db = createPrismaClient(url, 2);
const noFilters = { articleIds: null, publishedFrom: null, publishedTo: null, updatedFrom: null, updatedTo: null, annotatorIds: null, kinds: null, statusKeys: null, reviewState: "all" as const };
const options = { includeNotes: true, pseudonymise: false, baseUrl: "https://claimdesk.example.org" };

// Warm-up: an export of one article, so Prisma has compiled every query
// plan, as in a server that has exported before. Its time is reported apart.
const coldStarted = performance.now();
const one = await db.article.findFirst({ where: { projectId }, select: { id: true }, orderBy: { id: "asc" } });
const warm = await streamExport(db, {
  scope: { projectId, filters: { ...noFilters, articleIds: one ? [one.id] : null }, blindAnnotatorId: null },
  format: format as "jsonl", options, createdAt: new Date().toISOString(),
});
for await (const _chunk of warm.chunks);
const coldOneArticle = (performance.now() - coldStarted) / 1000;
const baseRss = process.memoryUsage.rss();
let peakRss = baseRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 10);

const started = performance.now();
const run = await streamExport(db, {
  scope: { projectId, filters: noFilters, blindAnnotatorId: null },
  format: format as "jsonl",
  options,
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
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const manifest = run.manifest() as { counts: { annotations: number; articles: number }; payload: { sha256: string } };
await db.$disconnect();
process.stdout.write(
  `${JSON.stringify({ seconds, firstByte, coldOneArticle, bytes, annotations: manifest.counts.annotations, articles: manifest.counts.articles, sha256: manifest.payload.sha256, peakRssMb: peakRss / 2 ** 20, baseRssMb: baseRss / 2 ** 20 })}\n`,
);
