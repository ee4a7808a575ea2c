import { describe, expect, it } from "vitest";
import { checkPasswordStrength } from "@/lib/auth/password-strength";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";

describe("checkPasswordStrength", () => {
  it.each([
    ["aaaaaaaaaa", /Repeated characters/],
    ["1234567890", /frequently used password/],
    ["qwertyuiop", /frequently used password/],
    ["password123", /commonly used password/],
    ["abcdefghijk", /./],
    ["1111111111", /./],
    ["iloveyou12", /./],
    ["p@ssw0rd123", /./],
  ])("refuses %j with zxcvbn's advice", (password, advice) => {
    const result = checkPasswordStrength(password);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^This password is too easy to guess\. /);
      expect(result.message).toMatch(advice);
    }
  });

  it("refuses the person's own name and email as the password", () => {
    expect(checkPasswordStrength("margaretthatcher", ["Margaret Thatcher", "m.t@example.org"]).ok).toBe(false);
    expect(checkPasswordStrength("claimdesk-2026", []).ok).toBe(false);
  });

  it("refuses the demo password (demo accounts are seeded without this check)", () => {
    expect(checkPasswordStrength(DEMO_PASSWORD).ok).toBe(false);
  });

  it.each(["violet lantern harbour", "maple-otter-quilt-42", "Tr0ub4dor&3x", "first-password-1"])("accepts %j", (password) => {
    expect(checkPasswordStrength(password)).toEqual({ ok: true });
  });
});
