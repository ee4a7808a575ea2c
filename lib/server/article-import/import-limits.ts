import { z } from "zod";

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

const schema = z.object({
  IMPORT_MAX_FILE_BYTES: z.coerce.number().int().min(1).default(5 * 1024 * 1024),
  IMPORT_MAX_LINES: z.coerce.number().int().min(1).default(10_000),
  IMPORT_MAX_FILES: z.coerce.number().int().min(1).default(50),
  IMPORT_MAX_REQUEST_BYTES: z.coerce.number().int().min(1).default(25 * 1024 * 1024),
});

/**
 * Import limits, configurable through the environment (docs/import.md). Read
 * on each call, not cached, so tests and operators can change them without a
 * restart; a bad value falls back to the default rather than failing imports.
 */
export function importLimits(): ImportLimits {
  const parsed = schema.safeParse(process.env);
  const values = parsed.success ? parsed.data : schema.parse({});
  return {
    maxFileBytes: values.IMPORT_MAX_FILE_BYTES,
    maxLines: values.IMPORT_MAX_LINES,
    maxFiles: values.IMPORT_MAX_FILES,
    maxRequestBytes: values.IMPORT_MAX_REQUEST_BYTES,
  };
}
