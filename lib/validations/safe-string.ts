import { z } from "zod";

// Control characters other than tab, line feed and carriage return (C0, DEL
// and C1). Postgres refuses NUL in text and JSON outright, and the others are
// invisible in the editor and in exports, so no stored string may hold them.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// A surrogate half without its partner is not Unicode: it cannot be encoded
// as UTF-8, so Postgres would refuse it too.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE =
  "Text cannot contain control characters (other than tab and line breaks) or broken Unicode (an unpaired surrogate).";

export function isSafeText(value: string): boolean {
  return !CONTROL_CHARACTER.test(value) && !LONE_SURROGATE.test(value);
}

// What is wrong and where (in characters as people count them), so the
// message says what to remove; null when the text is safe.
export function describeUnsafeText(value: string): string | null {
  const control = CONTROL_CHARACTER.exec(value);
  const surrogate = LONE_SURROGATE.exec(value);
  const first = control && (!surrogate || control.index <= surrogate.index) ? control : surrogate;
  if (!first) return null;
  const at = (Array.from(value.slice(0, first.index)).length + 1).toLocaleString("en");
  if (first === control) {
    const code = `U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    return `The text contains an invisible control character (${code}) at character ${at}; remove it. Only line breaks and tabs are allowed.`;
  }
  return `The text contains a broken character (half of a surrogate pair) at character ${at}; retype it.`;
}

type StringParams = Parameters<typeof z.string>[0];

// The one building block for strings the app accepts: z.string() that also
// refuses what Postgres or a reader cannot take. Every schema in
// lib/validations (and the import schemas) uses it instead of z.string().
export function safeString(params?: StringParams) {
  return z.string(params).refine(isSafeText, {
    error: (issue) => (typeof issue.input === "string" ? describeUnsafeText(issue.input) : null) ?? UNSAFE_TEXT_MESSAGE,
    abort: true,
  });
}
