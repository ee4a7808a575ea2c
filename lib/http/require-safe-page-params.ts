import { notFound } from "next/navigation";
import { assertSafePathParams } from "@/lib/http/assert-safe-path-params";

// Pages get their ids from the address as route handlers do; one that no row
// can have (NUL, broken Unicode, overlong) is a 404 before any query.
export function requireSafePageParams(params: Record<string, string | string[] | undefined>): void {
  try {
    assertSafePathParams(params);
  } catch {
    notFound();
  }
}
