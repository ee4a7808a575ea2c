import { createWriteStream } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import { dirname } from "node:path";
import { finished } from "node:stream/promises";
import { db } from "@/lib/db";
import type { BackgroundJob, Prisma } from "@/lib/generated/prisma/client";
import { exportFilePath } from "@/lib/jobs/export-file-path";
import { PermanentJobError } from "@/lib/jobs/permanent-job-error";
import { backgroundExportInputSchema } from "@/lib/server/background-job/background-export-input";
import { exportAuthorization } from "@/lib/server/export/authorize-export";
import { parseExportQuery } from "@/lib/server/export/parse-export-query";
import { streamExport } from "@/lib/server/export/stream-export";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";

// Progress is written every this many bytes, not per chunk: the export makes thousands of chunks.
const PROGRESS_EVERY = 256 * 1024;

export type PreparedExport = { fileName: string; mediaType: string; bytes: number; manifest: Record<string, unknown> };

/**
 * Writes an export to EXPORT_DIR/<job id>/ with the same streaming exporter
 * as the download, so the file has the very bytes a download would have had
 * at that moment. Written to a temporary name and renamed when complete: a
 * killed worker leaves no half file under the real name, and a retry simply
 * writes it again. Progress counts bytes written (the total is unknown
 * until the end).
 */
export async function prepareExportJob(job: BackgroundJob): Promise<Prisma.InputJsonValue> {
  const parsed = backgroundExportInputSchema.safeParse(job.input);
  if (!parsed.success || !job.createdById) throw new PermanentJobError("The job's input is not an export request.");
  const { projectSlug, query, baseUrl } = parsed.data;
  const access = await requireProjectAccess(job.createdById, projectSlug, "dataset.export");
  const request = parseExportQuery(query);
  const authorized = exportAuthorization(access, request);
  const run = await streamExport(db, {
    scope: authorized.scope,
    format: request.format,
    options: { includeNotes: authorized.includeNotes, publishNotes: authorized.publishNotes, pseudonymise: authorized.pseudonymise, baseUrl },
    createdAt: new Date().toISOString(),
  });
  const target = exportFilePath(job.id, run.fileName);
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const out = createWriteStream(partial);
  let bytes = 0;
  let reported = 0;
  for await (const chunk of run.chunks) {
    if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
    bytes += chunk.byteLength;
    if (bytes - reported >= PROGRESS_EVERY) {
      reported = bytes;
      await db.backgroundJob.update({ where: { id: job.id }, data: { done: bytes } });
    }
  }
  out.end();
  await finished(out);
  await rename(partial, target);
  await db.backgroundJob.update({ where: { id: job.id }, data: { done: bytes, total: bytes } });
  const result: PreparedExport = { fileName: run.fileName, mediaType: run.mediaType, bytes, manifest: run.manifest() };
  return result as unknown as Prisma.InputJsonValue;
}
