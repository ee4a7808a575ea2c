import { safeString } from "@/lib/validations/safe-string";

export const HTTP_URL_MAX = 2048;

// Parsed, not pattern-matched: "http://[broken" looks like a URL to a regex
// but makes `new URL` throw wherever it is shown. Only http(s) with a host,
// so a stored link can never be javascript:, data: or file:.
export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
}

// The host to show for a stored URL, or null when it is not one we would
// link to (rows saved before URLs were parsed may hold anything).
export function httpUrlHost(value: string | null | undefined): string | null {
  if (!value || !isHttpUrl(value)) return null;
  return new URL(value).hostname;
}

export function httpUrlSchema(field: string) {
  const message = `${field} must be an http:// or https:// address.`;
  return safeString({ error: message })
    .trim()
    .max(HTTP_URL_MAX, `${field} must be at most ${HTTP_URL_MAX} characters.`)
    .refine(isHttpUrl, message);
}
