import { describe, expect, it } from "vitest";
import { discoverEntryPoints } from "@/tests/security/discover-entry-points";
import { routeRules } from "@/tests/security/route-rules";

// A route handler method or server action without a declared access rule
// fails here the day it is added; a rule for something gone fails too.
describe("every entry point declares its access rule", () => {
  const found = discoverEntryPoints(process.cwd());

  it("finds the route tree and the server actions", () => {
    expect(found).toEqual(expect.arrayContaining(["GET /api/projects", "POST /api/auth/[...nextauth]", "action app/(workspace)/projects/actions.ts#createProjectAction"]));
  });

  it("has a rule for each route method and server action, and no rule for anything missing", () => {
    const declared = Object.keys(routeRules).sort();
    expect(found.filter((key) => !declared.includes(key)), "entry points without a rule in tests/security/route-rules.ts").toEqual([]);
    expect(declared.filter((key) => !found.includes(key)), "rules for entry points that no longer exist").toEqual([]);
  });
});
