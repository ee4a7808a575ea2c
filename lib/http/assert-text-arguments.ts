import { AppError } from "@/lib/errors/app-error";
import { assertSafePathParams } from "@/lib/http/assert-safe-path-params";

// A server action is a public POST endpoint: its arguments arrive from the
// client as whatever was serialised, whatever the TypeScript signature says.
// Arguments that name things (ids, tokens) must be text, held to the same
// rules as a route's path parameters, before any query sees them.
export function assertTextArguments(args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    if (typeof value !== "string") throw new AppError("BAD_REQUEST", `"${name}" must be text.`);
  }
  assertSafePathParams(args as Record<string, string>);
}
