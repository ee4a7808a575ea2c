import { randomBytes } from "node:crypto";

// 256 bits, URL-safe: for invite links and API tokens, stored only as hashes.
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
