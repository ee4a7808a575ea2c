// Methods that change state. GET/HEAD/OPTIONS must stay free of side effects
// and are never refused here.
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type CrossSiteRequest = { method: string; url: string; headers: Headers };

/**
 * Why a request that rides on the session cookie must be refused as a
 * cross-site request forgery, or null when it may proceed. Pure, so the
 * proxy and routeHandler share one rule.
 *
 * - Bearer-token requests are exempt: a page on another site cannot add an
 *   Authorization header without a CORS preflight we never grant, and
 *   authenticateApiRequest then ignores the cookie.
 * - `Sec-Fetch-Site` (sent by every current browser) must be `same-origin`
 *   or `none` (typed by the user). `same-site` is refused too: another port
 *   of localhost, or a sibling subdomain, is same-site but another origin.
 * - Without it, `Origin` must equal one of the app's origins exactly
 *   (scheme, host and port). A request with neither header comes from no
 *   browser we know, so it carries no ambient credentials worth stealing.
 */
export function crossSiteRequestProblem(request: CrossSiteRequest, appOrigins: readonly string[]): string | null {
  if (!UNSAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (request.headers.get("authorization")?.startsWith("Bearer ")) return null;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null) {
    return fetchSite === "same-origin" || fetchSite === "none" ? null : `Cross-site request refused (Sec-Fetch-Site: ${fetchSite}).`;
  }
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const allowed = new Set([new URL(request.url).origin, ...appOrigins]);
  return allowed.has(origin) ? null : "Cross-origin request refused: the Origin header does not match this site.";
}
