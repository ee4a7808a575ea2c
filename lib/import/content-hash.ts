import { createHash } from "node:crypto";

/**
 * SHA-256 (lowercase hex) of the UTF-8 bytes of an article's canonical text;
 * finds re-imports of the same article. Lone surrogates encode as U+FFFD, so
 * two texts differing only there hash alike, which is harmless for dedup.
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
