type HeaderBag = Record<string, string | string[] | undefined> | Headers;

// The first x-forwarded-for hop is the client when running behind a proxy;
// without one every request is attributed to "local", which still rate-limits
// per account.
export function clientAddressFromHeaders(headers: HeaderBag): string {
  const raw =
    headers instanceof Headers
      ? headers.get("x-forwarded-for") ?? headers.get("x-real-ip")
      : headers["x-forwarded-for"] ?? headers["x-real-ip"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const first = value?.split(",")[0]?.trim();
  return first && first.length <= 64 ? first : "local";
}
