"use client";

import { useCallback, useRef, useState } from "react";
import { apiRequest, ApiRequestError } from "@/components/api-client/api-request";
import { readApiError } from "@/components/api-client/read-api-error";

export type ExportManifestView = {
  counts: { articles: number; annotations: number; claims: number; mentions: number; verdicts: number; skipped: number };
  payload: { sha256: string; bytes: number };
  created_at: string;
  data_as_of: string;
  offsets: { unit: string };
};

export type DownloadState =
  | { status: "idle" }
  | { status: "running"; bytes: number; lines: number }
  | { status: "cancelled"; bytes: number }
  | { status: "failed"; message: string }
  | { status: "done"; url: string; fileName: string; bytes: number; sha256: string; manifest: ExportManifestView | null; manifestError: string | null };

const NEWLINE = 10;


/**
 * Downloads an export by reading the response stream chunk by chunk (so the
 * page can show bytes and lines received and cancel with an AbortController),
 * then offers the file as a Blob and checks it against the manifest, which is
 * fetched separately and hashes the same bytes on the server.
 */
export function useExportDownload() {
  const [state, setState] = useState<DownloadState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);
  const previousUrl = useRef<string | null>(null);

  const start = useCallback(async (payloadUrl: string, manifestUrl: string) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    let bytes = 0;
    let lines = 0;
    setState({ status: "running", bytes, lines });
    try {
      const response = await fetch(payloadUrl, { signal: abort.signal });
      // The payload is read as a stream, not through apiRequest; only its refusal is the API's JSON.
      if (!response.ok || !response.body) return setState({ status: "failed", message: await readApiError(response) });
      const fileName = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "export";
      const reader = response.body.getReader();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.byteLength;
        for (const byte of value) if (byte === NEWLINE) lines += 1;
        setState({ status: "running", bytes, lines });
      }
      const blob = new Blob(parts, { type: response.headers.get("content-type") ?? "application/octet-stream" });
      const digest = await crypto.subtle.digest("SHA-256", await blob.arrayBuffer());
      const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
      if (previousUrl.current) URL.revokeObjectURL(previousUrl.current);
      const url = URL.createObjectURL(blob);
      previousUrl.current = url;
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      link.click();
      let manifest: ExportManifestView | null = null;
      let manifestError: string | null = null;
      try {
        manifest = await apiRequest<ExportManifestView>(manifestUrl, { signal: abort.signal });
      } catch (error) {
        if (!(error instanceof ApiRequestError)) throw error;
        manifestError = error.message;
      }
      setState({ status: "done", url, fileName, bytes, sha256, manifest, manifestError });
    } catch (error) {
      if (abort.signal.aborted) return setState({ status: "cancelled", bytes });
      setState({ status: "failed", message: error instanceof Error ? error.message : "The download failed." });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
