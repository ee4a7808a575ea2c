import { envSubset } from "@/lib/env";
export type ImportLimits = {
  // Per file (UTF-8 bytes of its text).
  maxFileBytes: number;
  // Lines of one JSONL file (articles or annotations).
  maxLines: number;
  // Files in one request.
  maxFiles: number;
  // Whole request body; above it the route answers 413 before parsing.
  maxRequestBytes: number;
};

/**
 * Import limits, configurable through the environment (docs/import.md). Read
 * on each call, not cached, so tests and operators can change them without a
 * restart; values are validated at start-up with the rest of the environment.
 */
export function importLimits(): ImportLimits {
  const values = envSubset("IMPORT_MAX_FILE_BYTES", "IMPORT_MAX_LINES", "IMPORT_MAX_FILES", "IMPORT_MAX_REQUEST_BYTES");
  return {
    maxFileBytes: values.IMPORT_MAX_FILE_BYTES,
    maxLines: values.IMPORT_MAX_LINES,
    maxFiles: values.IMPORT_MAX_FILES,
    maxRequestBytes: values.IMPORT_MAX_REQUEST_BYTES,
  };
}
