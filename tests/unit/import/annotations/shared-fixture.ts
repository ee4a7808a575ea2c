import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Third-party interop examples live in ../shared/validators (present in CI),
// never copied into the repo. Tests that need them are skipped, and say so,
// when the folder is absent.
const root = fileURLToPath(new URL("../../../../../shared/validators/", import.meta.url));

export const sharedValidatorsPresent = existsSync(root);
if (!sharedValidatorsPresent) console.warn(`[import tests] ${root} is absent: interop fixture tests are skipped.`);

export function readSharedFixture(path: string): string {
  return readFileSync(`${root}${path}`, "utf8");
}
