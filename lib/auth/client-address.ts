type HeaderBag = Record<string, string | string[] | undefined> | Headers;

// Longest textual IPv6 address with a zone, so nothing absurd becomes a key.
const MAX_ADDRESS_LENGTH = 64;

// The sign-in client's address, or null when it cannot be known.
//
// X-Forwarded-For is written by whoever sent the request, so only the entries
// appended by our own proxies can be believed: with `trustedHops` proxies in
// front of the app, the client is the `trustedHops`-th entry from the right
// (each proxy appends the address it received the request from). Anything
// further left was supplied by the client and is ignored.
//
// With no trusted proxy the header is never read. Next.js (16) does not give
// route handlers the socket address (it only copies it into X-Forwarded-For
// when the client sent none, which a client can pre-empt), so the address is
// then unknown and only the per-account limit applies.
export function clientAddressFromHeaders(headers: HeaderBag, trustedHops: number): string | null {
  if (trustedHops < 1) return null;
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  // Repeated headers are one list, in order (RFC 9110 §5.3).
  const joined = Array.isArray(raw) ? raw.join(",") : raw;
  if (!joined) return null;
  const hops = joined.split(",").map((part) => part.trim());
  const address = hops[hops.length - trustedHops];
  // Fewer entries than trusted proxies: the request did not come through all
  // of them, so no entry can be trusted.
  if (!address || address.length > MAX_ADDRESS_LENGTH || !/^[0-9A-Fa-f:.%\[\]a-zA-Z_-]+$/.test(address)) return null;
  return address.toLowerCase();
}
