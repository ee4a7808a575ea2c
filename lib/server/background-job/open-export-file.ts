import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { AppError } from "@/lib/errors/app-error";
import { exportFilePath } from "@/lib/jobs/export-file-path";
import type { PreparedExport } from "@/lib/jobs/handlers/prepare-export-job";
import { getBackgroundJob } from "@/lib/server/background-job/get-background-job";
import { assertCan } from "@/lib/server/project/assert-can";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

/** The file of one of the person's completed background exports, as a web stream. */
export async function openExportFile(access: ProjectAccess, jobId: string): Promise<{ body: ReadableStream<Uint8Array>; fileName: string; mediaType: string; bytes: number }> {
  assertCan(access, "dataset.export");
  const job = await getBackgroundJob(access, jobId);
  if (job.kind !== "export") throw new AppError("NOT_FOUND", "Job not found.");
  if (job.state !== "COMPLETED" || !job.result) throw new AppError("CONFLICT", "This export is not ready yet.");
  const result = job.result as unknown as PreparedExport;
  const path = exportFilePath(job.id, result.fileName);
  const info = await stat(path).catch(() => null);
  if (!info) throw new AppError("NOT_FOUND", "This export's file is gone; prepare it again.");
  const body = Readable.toWeb(createReadStream(path)) as unknown as ReadableStream<Uint8Array>;
  return { body, fileName: result.fileName, mediaType: result.mediaType, bytes: info.size };
}
