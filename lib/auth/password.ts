import { randomBytes } from "node:crypto";
import { argon2id, argon2Verify } from "hash-wasm";

// argon2id with OWASP's minimum profile (19 MiB, 2 passes, 1 lane): slow
// enough to blunt offline guessing, fast enough (~50 ms here) for sign-in.
const MEMORY_KIB = 19_456;
const ITERATIONS = 2;
const PARALLELISM = 1;

export async function hashPassword(password: string): Promise<string> {
  return argon2id({
    password,
    salt: randomBytes(16),
    parallelism: PARALLELISM,
    iterations: ITERATIONS,
    memorySize: MEMORY_KIB,
    hashLength: 32,
    outputType: "encoded",
  });
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash });
  } catch {
    // A malformed stored hash must not reveal anything or crash sign-in.
    return false;
  }
}

// Computed once so unknown emails cost as much as wrong passwords and
// response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
export function timingSafeDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("claimdesk-timing-equaliser");
  return dummyHash;
}
