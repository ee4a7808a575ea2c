import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeCallbackUrl("/projects/demo?x=1")).toBe("/projects/demo?x=1");
  });
  it.each([
    ["absolute URL", "https://evil.example/"],
    ["protocol-relative URL", "//evil.example/path"],
    ["backslash trick", "/\\evil.example"],
    ["javascript URL", "javascript:alert(1)"],
    ["empty", ""],
    ["missing", undefined],
    ["a loop back to sign-in", "/sign-in?callbackUrl=/x"],
  ])("falls back for %s", (_name, value) => {
    expect(safeCallbackUrl(value)).toBe("/projects");
  });
});
