import type { Page } from "@playwright/test";

// Calls a method of an object the bundled in-page code put on `window`, with
// JSON arguments, and awaits its result. The call is sent as source text:
// functions written here would be transpiled by tsx, whose helpers do not
// exist in the page.
export function callInPage<T>(page: Page, target: string, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate<T>(`window.${target}.${method}(${args.map((a) => JSON.stringify(a)).join(", ")})`);
}
