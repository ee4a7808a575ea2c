import { sha256Hex } from "@/lib/crypto/sha256-hex";

/** A strong ETag for exactly these bytes: it changes whenever the representation does (a label renamed, a cluster joined), not only with the row's version. */
export function strongEtag(body: string): string {
  return `"${sha256Hex(body).slice(0, 32)}"`;
}
