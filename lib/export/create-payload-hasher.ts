import { createHash } from "node:crypto";

export type PayloadDigest = { sha256: string; bytes: number };

export type PayloadHasher = {
  // Feed every chunk exactly as written; strings count as their UTF-8 bytes.
  update: (chunk: string | Uint8Array) => void;
  digest: () => PayloadDigest;
};

/**
 * SHA-256 and byte length of a payload computed while it streams, so the
 * manifest can vouch for bytes that were never held in memory at once.
 * Hashing is computation, not I/O; this is the one export file that needs
 * node:crypto.
 */
export function createPayloadHasher(): PayloadHasher {
  const hash = createHash("sha256");
  let bytes = 0;
  return {
    update(chunk) {
      const data = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      hash.update(data);
      bytes += data.byteLength;
    },
    digest: () => ({ sha256: hash.digest("hex"), bytes }),
  };
}
