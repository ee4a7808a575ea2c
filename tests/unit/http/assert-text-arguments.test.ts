import { describe, expect, it } from "vitest";
import { assertTextArguments } from "@/lib/http/assert-text-arguments";

// Server action arguments arrive as the client serialised them: the server
// action fuzzer found numbers and null reaching Prisma as ids (a 500).
describe("assertTextArguments", () => {
  it("lets ordinary ids through", () => {
    expect(() => assertTextArguments({ articleId: "cmabc123", inviteId: "x" })).not.toThrow();
  });

  it.each([
    ["a number", 1698505065],
    ["null", null],
    ["an array", ["a"]],
    ["an object", { id: "a" }],
    ["undefined", undefined],
  ])("refuses %s with a 400 naming the argument", (_label, value) => {
    expect(() => assertTextArguments({ tokenId: value })).toThrow(expect.objectContaining({ code: "BAD_REQUEST", message: '"tokenId" must be text.' }));
  });

  it("holds text to the path-parameter rules: control characters 400, over 200 characters 404", () => {
    expect(() => assertTextArguments({ articleId: "a\u0000b" })).toThrow(expect.objectContaining({ code: "BAD_REQUEST" }));
    expect(() => assertTextArguments({ articleId: "y".repeat(201) })).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
  });
});
