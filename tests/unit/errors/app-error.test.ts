import { describe, expect, it } from "vitest";
import { AppError, isAppError } from "@/lib/errors/app-error";

describe("AppError", () => {
  it.each([
    ["BAD_REQUEST", 400],
    ["UNAUTHENTICATED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["CONFLICT", 409],
    ["PAYLOAD_TOO_LARGE", 413],
    ["RATE_LIMITED", 429],
  ] as const)("%s maps to HTTP %i", (code, status) => {
    const error = new AppError(code, "message");
    expect(error.status).toBe(status);
    expect(isAppError(error)).toBe(true);
  });
  it("does not treat ordinary errors as user errors", () => {
    expect(isAppError(new Error("boom"))).toBe(false);
  });
});
