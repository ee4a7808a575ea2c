import { randomUUID } from "node:crypto";

// A request id that ties a response, its log lines and a user's report
// together. An id from a reverse proxy (X-Request-Id) is kept when it is a
// plain token, so the proxy's logs match ours; anything else is replaced.
const SAFE = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdOf(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && SAFE.test(given) ? given : randomUUID();
}
