// Only same-site paths may be used as post-sign-in destinations; anything else
// (absolute URLs, protocol-relative "//evil.example") would be an open redirect.
export function safeCallbackUrl(value: string | null | undefined, fallback = "/projects"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/sign-in") || value.startsWith("/api/auth")) return fallback;
  return value;
}
