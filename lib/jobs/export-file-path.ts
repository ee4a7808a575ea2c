import { resolve } from "node:path";
import { envSubset } from "@/lib/env";

/**
 * Where a background export's file lives: EXPORT_DIR/<job id>/<file name>.
 * The job id is a cuid and the name comes from the exporter (never from the
 * client), so the path cannot leave the folder.
 */
export function exportFilePath(jobId: string, fileName: string): string {
  const { EXPORT_DIR } = envSubset("EXPORT_DIR");
  return resolve(EXPORT_DIR, jobId, fileName);
}
