import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { sameOriginPath } from "@/lib/auth/same-origin-path";

const APP = "http://app.example:3000";

// What a browser does with a relative location before resolving it: strips
// tabs and newlines anywhere, leading/trailing C0 and spaces, reads "\" as "/".
function browserResolve(location: string): URL {
  const cleaned = location.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/\\/g, "/");
  return new URL(cleaned, APP);
}

// Known open-redirect vectors, as the page receives them (query decoded once)
// and as literal text (when the attacker encodes twice).
const bypassVectors = [
  "https://evil.example/",
  "http://evil.example",
  "//evil.example/path",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "\\/evil.example",
  "\\\\evil.example",
  "/\t/evil.example/x",
  "/\n/evil.example/x",
  "/\r/evil.example/x",
  "\t//evil.example",
  "/\t\\evil.example",
  "/%09/evil.example/x",
  "/%0A/evil.example/x",
  "/%0D/evil.example",
  "/%5Cevil.example",
  "%2F%2Fevil.example",
  " //evil.example",
  "\u0000//evil.example",
  "/\u0000/evil.example",
  "https:evil.example",
  "https:/evil.example",
  "http:\\\\evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "http://app.example:3000@evil.example/",
  "http://app.example:3000.evil.example/",
  "//app.example:3000@evil.example",
  "@evil.example",
  "evil.example",
  "/\u3000/evil.example",
  "/\u00a0/evil.example",
];

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeCallbackUrl("/projects/demo?x=1")).toBe("/projects/demo?x=1");
    expect(safeCallbackUrl("/projects/demo/articles/a1?annotation=b2#c")).toBe("/projects/demo/articles/a1?annotation=b2#c");
  });

  it("accepts an absolute URL on the app's own origin as its path", () => {
    expect(safeCallbackUrl(`${APP}/projects/demo?x=1`, "/projects", APP)).toBe("/projects/demo?x=1");
    // Without the real origin an absolute URL cannot be checked and is refused.
    expect(safeCallbackUrl(`${APP}/projects/demo`)).toBe("/projects");
  });

  it.each([
    ["empty", ""],
    ["missing", undefined],
    ["an array (repeated parameter)", ["/projects/a", "//evil.example"]],
    ["a loop back to sign-in", "/sign-in?callbackUrl=/x"],
    ["next-auth's own routes", "/api/auth/signout"],
    ["an overlong value", `/${"a".repeat(3000)}`],
  ])("falls back for %s", (_name, value) => {
    expect(safeCallbackUrl(value)).toBe("/projects");
  });

  it.each(bypassVectors)("never leaves the site for %j", (vector) => {
    const result = safeCallbackUrl(vector, "/projects", APP);
    expect(result.startsWith("/")).toBe(true);
    expect(browserResolve(result).origin).toBe(APP);
  });

  it.each(bypassVectors.filter((v) => !v.startsWith("/%") && !v.startsWith("/\u3000") && !v.startsWith("/\u00a0") && v !== "@evil.example"))(
    "refuses %j outright",
    (vector) => {
      expect(safeCallbackUrl(vector, "/projects", APP)).toBe("/projects");
    },
  );

  it("keeps literal percent-escapes as a harmless same-site path", () => {
    // The page receives "/%09/…" only when the attacker encoded twice; the
    // browser does not decode a path before resolving it.
    expect(safeCallbackUrl("/%09/evil.example/x", "/projects", APP)).toBe("/%09/evil.example/x");
    expect(browserResolve("/%09/evil.example/x").origin).toBe(APP);
  });
});

describe("sameOriginPath (next-auth's redirect callback)", () => {
  it("allows sign-in paths, which sign-out redirects to", () => {
    expect(sameOriginPath("/sign-in", APP)).toBe("/sign-in");
    expect(sameOriginPath(`${APP}/sign-in?error=x`, APP)).toBe("/sign-in?error=x");
  });
  it("normalises dot segments without leaving the origin", () => {
    expect(sameOriginPath("/a/../../b", APP)).toBe("/b");
  });
  it.each(bypassVectors.filter((v) => !v.startsWith("/")))("refuses %j", (vector) => {
    expect(sameOriginPath(vector, APP)).toBeNull();
  });
});
