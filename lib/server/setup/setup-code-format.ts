import { randomInt } from "node:crypto";
import { sha256Hex } from "@/lib/crypto/sha256-hex";

// Letters and digits that cannot be misread when copied from a log (no 0/O,
// 1/I/L, 5/S, 2/Z, 8/B): 25 symbols, 12 of them ≈ 55 bits.
const ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** A fresh code such as "KDP7-XW3M-QRT9". */
export function generateSetupCode(): string {
  const groups = Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}

/** What a person typed, as the code was printed: case, spaces and dashes do not matter. */
export function normalizeSetupCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, "");
}

export function hashSetupCode(code: string): string {
  return sha256Hex(`setup-code:${normalizeSetupCode(code)}`);
}
