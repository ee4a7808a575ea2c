import { Zip, ZipDeflate } from "fflate";

export type ZipWriter = {
  // The bytes of one entry (local header and deflated data), to be written now.
  file: (path: string, content: Uint8Array) => Uint8Array;
  // The central directory and end record, after the last file.
  end: () => Uint8Array;
};

// Every entry is dated 1980-01-01 00:00 (the format's epoch, in the local
// time zone as zip dates are), so the same files give the same archive bytes.
const EPOCH = new Date(1980, 0, 1, 0, 0, 0);
// fflate writes no ZIP64 records, so stay under the classic format's limits.
const MAX_BYTES = 0xffff_ffff;
const MAX_FILES = 0xffff;

/**
 * A streaming zip (fflate's synchronous Zip with deflated entries): each file
 * is known whole when added (brat's .txt and .ann of one article), so its
 * bytes can be sent at once; only the central directory entries stay in memory
 * until the end.
 */
export function createZipWriter(): ZipWriter {
  let pending: Uint8Array[] = [];
  let written = 0;
  let count = 0;
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    pending.push(chunk);
    written += chunk.length;
  });
  const take = (): Uint8Array => {
    const out = concat(pending);
    pending = [];
    return out;
  };
  return {
    file(path, content) {
      if (content.length > MAX_BYTES || written + content.length > MAX_BYTES || count >= MAX_FILES) {
        throw new Error("The archive would exceed 4 GiB or 65,535 files; export fewer articles at a time.");
      }
      const entry = new ZipDeflate(path, { level: 6 });
      // The entry's date is a property of the stream, not a constructor option.
      entry.mtime = EPOCH;
      zip.add(entry);
      entry.push(content, true);
      count += 1;
      return take();
    },
    end() {
      zip.end();
      return take();
    },
  };
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
