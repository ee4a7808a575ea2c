import { describe, expect, it } from "vitest";
import { parsePrefer, PREFER_CONTAINED_DESCRIPTIONS, PREFER_CONTAINED_IRIS, PREFER_MINIMAL_CONTAINER } from "@/lib/w3c/parse-prefer";

const include = (...iris: string[]) => `return=representation;include="${iris.join(" ")}"`;

describe("parsePrefer (W3C Web Annotation Protocol §4.2, RFC 7240)", () => {
  it("without a header: descriptions, nothing applied", () => {
    expect(parsePrefer(null)).toEqual({ minimal: false, view: "descriptions", applied: false });
    expect(parsePrefer("")).toEqual({ minimal: false, view: "descriptions", applied: false });
  });

  it("reads each of the three preferences as the protocol spells them", () => {
    expect(parsePrefer(include(PREFER_MINIMAL_CONTAINER))).toEqual({ minimal: true, view: "descriptions", applied: true });
    expect(parsePrefer(include(PREFER_CONTAINED_IRIS))).toEqual({ minimal: false, view: "iris", applied: true });
    expect(parsePrefer(include(PREFER_CONTAINED_DESCRIPTIONS))).toEqual({ minimal: false, view: "descriptions", applied: true });
  });

  it("minimal wins over contained IRIs, IRIs over descriptions (the smaller answer)", () => {
    expect(parsePrefer(include(PREFER_CONTAINED_IRIS, PREFER_MINIMAL_CONTAINER)).minimal).toBe(true);
    expect(parsePrefer(include(PREFER_CONTAINED_DESCRIPTIONS, PREFER_CONTAINED_IRIS)).view).toBe("iris");
  });

  it("tolerates spaces around separators, case in the token, and other preferences in the list", () => {
    expect(parsePrefer(`respond-async, Return = representation ; include="${PREFER_CONTAINED_IRIS}"`)).toEqual({ minimal: false, view: "iris", applied: true });
    expect(parsePrefer(`return=representation; foo=bar; include="${PREFER_MINIMAL_CONTAINER}"`).minimal).toBe(true);
  });

  it("ignores what it does not understand: return=minimal, unknown IRIs, no include, unterminated quotes", () => {
    const none = { minimal: false, view: "descriptions", applied: false };
    expect(parsePrefer(`return=minimal;include="${PREFER_CONTAINED_IRIS}"`)).toEqual(none);
    expect(parsePrefer(include("http://example.org/other"))).toEqual(none);
    expect(parsePrefer("return=representation")).toEqual(none);
    expect(parsePrefer(`return=representation;include="${PREFER_CONTAINED_IRIS}`)).toEqual(none);
    expect(parsePrefer(`return=representation;include="http://www.w3.org/ns/oa#PreferContainedIRIsX"`)).toEqual(none);
  });
});
