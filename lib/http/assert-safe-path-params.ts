import { AppError } from "@/lib/errors/app-error";
import { isSafeText } from "@/lib/validations/safe-string";

// Longer than any slug or id the app makes; a longer segment names nothing.
const PATH_PARAM_MAX = 200;

type ParamValue = string | string[] | undefined;

// Path parameters reach Prisma as slugs and ids. A NUL or broken Unicode
// there makes Postgres throw (a 500), so they are refused before any query;
// routeHandler runs this for every route, pages and actions get it through
// requireProjectAccess.
export function assertSafePathParams(params: Record<string, ParamValue>): void {
  for (const [name, value] of Object.entries(params)) {
    for (const part of Array.isArray(value) ? value : [value]) {
      if (part === undefined) continue;
      if (!isSafeText(part)) throw new AppError("BAD_REQUEST", `The address part "${name}" contains characters that are not allowed.`);
      if (part.length > PATH_PARAM_MAX) throw new AppError("NOT_FOUND", "Not found.");
    }
  }
}
