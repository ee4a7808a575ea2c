import { describe, expect, it } from "vitest";
import { crossSiteRequestProblem } from "@/lib/http/cross-site-request-problem";

const APP = "http://localhost:3000";

function req(method: string, headers: Record<string, string>, url = `${APP}/api/projects`) {
  return { method, url, headers: new Headers(headers) };
}

describe("crossSiteRequestProblem", () => {
  it("lets safe methods through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(crossSiteRequestProblem(req(method, { "sec-fetch-site": "cross-site", origin: "https://evil.test" }), [APP])).toBeNull();
    }
  });

  it("refuses cookie-authenticated state changes from another site, another port or a sibling subdomain", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "post"]) {
      expect(crossSiteRequestProblem(req(method, { "sec-fetch-site": "cross-site" }), [APP])).toMatch(/Cross-site/);
      // Another localhost port is same-site for the browser but another origin.
      expect(crossSiteRequestProblem(req(method, { "sec-fetch-site": "same-site", origin: "http://localhost:3999" }), [APP])).toMatch(/same-site/);
    }
  });

  it("accepts same-origin and user-initiated requests by Sec-Fetch-Site", () => {
    expect(crossSiteRequestProblem(req("POST", { "sec-fetch-site": "same-origin", origin: APP }), [APP])).toBeNull();
    expect(crossSiteRequestProblem(req("POST", { "sec-fetch-site": "none" }), [APP])).toBeNull();
  });

  it("trusts Sec-Fetch-Site over a matching Origin (the browser sets it, scripts cannot)", () => {
    expect(crossSiteRequestProblem(req("POST", { "sec-fetch-site": "cross-site", origin: APP }), [APP])).not.toBeNull();
  });

  it("without Sec-Fetch-Site compares the full Origin: scheme, host and port", () => {
    expect(crossSiteRequestProblem(req("POST", { origin: APP }), [])).toBeNull();
    expect(crossSiteRequestProblem(req("POST", { origin: "http://localhost:3999" }), [APP])).toMatch(/Origin/);
    expect(crossSiteRequestProblem(req("POST", { origin: "https://localhost:3000" }), [APP])).toMatch(/Origin/);
    expect(crossSiteRequestProblem(req("POST", { origin: "http://evil.localhost:3000" }), [APP])).toMatch(/Origin/);
    expect(crossSiteRequestProblem(req("POST", { origin: "null" }), [APP])).toMatch(/Origin/);
  });

  it("accepts the public origin from NEXTAUTH_URL behind a proxy that rewrites the host", () => {
    const internal = req("POST", { origin: "https://claims.example.org" }, "http://10.0.0.5:3000/api/projects");
    expect(crossSiteRequestProblem(internal, ["https://claims.example.org"])).toBeNull();
    expect(crossSiteRequestProblem(internal, [])).not.toBeNull();
  });

  it("exempts Bearer-token requests, which carry no ambient credentials", () => {
    expect(crossSiteRequestProblem(req("POST", { authorization: "Bearer cd_x", "sec-fetch-site": "cross-site" }), [APP])).toBeNull();
    // Only the Bearer scheme: a Basic header is no token of ours.
    expect(crossSiteRequestProblem(req("POST", { authorization: "Basic abc", "sec-fetch-site": "cross-site" }), [APP])).not.toBeNull();
  });

  it("lets through requests from no browser (neither header): they carry no session cookie they did not choose to", () => {
    expect(crossSiteRequestProblem(req("POST", {}), [APP])).toBeNull();
  });
});
