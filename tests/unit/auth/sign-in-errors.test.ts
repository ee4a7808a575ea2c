import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

describe("signInErrorMessage", () => {
  it("explains a wrong password without saying which part was wrong", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe("Email or password is incorrect.");
  });
  it("tells rate-limited users how long to wait", () => {
    expect(signInErrorMessage("RateLimited")).toMatch(/Too many failed attempts\. Wait 15 minutes/);
  });
  it("has a generic message for unknown codes and nothing for none", () => {
    expect(signInErrorMessage("Weird")).toBe("Sign-in failed. Please try again.");
    expect(signInErrorMessage(null)).toBeNull();
  });
});
