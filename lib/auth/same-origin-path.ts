// Longer values are not links anyone follows; refusing them bounds the work.
const MAX_LENGTH = 2048;

// Characters a browser strips or reinterprets while parsing a URL (C0 controls
// including tab, LF and CR anywhere; space; DEL and C1 controls) and the
// backslash, which it reads as "/" in http(s) URLs. A value containing any of
// them is refused outright instead of guessing how a browser would read it:
// "/\t/evil.example" is "//evil.example" to a browser.
const AMBIGUOUS = /[\u0000-\u0020\u007f-\u009f\\]/;

// The path (with query and fragment) that `value` leads to if it stays on
// `origin`, or null. Accepts a path ("/projects/demo?x=1") or an absolute URL
// on exactly this origin; everything else (other hosts, "//host", "https:host",
// "javascript:", userinfo tricks) is null. The value is resolved against the
// origin and the origins compared, so a trick the checks above miss still
// cannot leave the site.
export function sameOriginPath(value: unknown, origin: string): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (AMBIGUOUS.test(value)) return null;
  const base = new URL(origin);
  let candidate = value;
  if (candidate === base.origin || candidate.startsWith(`${base.origin}/`)) {
    candidate = candidate.slice(base.origin.length) || "/";
  }
  if (!candidate.startsWith("/") || candidate.startsWith("//")) return null;
  let resolved: URL;
  try {
    resolved = new URL(candidate, base.origin);
  } catch {
    return null;
  }
  if (resolved.origin !== base.origin) return null;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
