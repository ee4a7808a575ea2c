import { streamExport, type StreamExportInput } from "@/lib/server/export/stream-export";
import { db } from "@/lib/db";

// The manifest fields the tests read.
export type ExportManifestShape = {
  created_at: string;
  data_as_of: string;
  counts: Record<string, number>;
  filters: Record<string, unknown>;
  offsets: { unit: string };
  payload: { sha256: string; bytes: number; files?: Array<{ path: string; sha256: string; bytes: number }> };
};

/** Runs an export to the end: its bytes and its manifest. */
export async function readExport(input: Omit<StreamExportInput, "createdAt"> & { createdAt?: string }) {
  const run = await streamExport(db, { createdAt: "2026-01-01T00:00:00.000Z", ...input });
  const parts: Uint8Array[] = [];
  for await (const chunk of run.chunks) parts.push(chunk);
  const bytes = Buffer.concat(parts);
  return { bytes, text: bytes.toString("utf8"), manifest: run.manifest() as ExportManifestShape, run };
}
