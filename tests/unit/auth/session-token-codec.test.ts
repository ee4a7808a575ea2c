import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token-codec";

// The codec caches next-auth's derived key; the tokens must stay next-auth's
// own format both ways, or every signed-in person is signed out on deploy.
const secret = "test-secret-0123456789abcdef0123456789abcdef";
const claims = { uid: "user-1", sv: 3, sid: "session-1" };

describe("session token codec", () => {
  it("reads tokens next-auth wrote, and next-auth reads ours", async () => {
    const theirs = await encode({ token: claims, secret });
    expect(await decodeSessionToken({ token: theirs, secret })).toMatchObject(claims);
    const ours = await encodeSessionToken({ token: claims, secret });
    expect(await decode({ token: ours, secret })).toMatchObject(claims);
  });

  it("keeps the salt apart: a token under one salt does not open under another", async () => {
    const salted = await encodeSessionToken({ token: claims, secret, salt: "a" });
    expect(await decodeSessionToken({ token: salted, secret, salt: "a" })).toMatchObject(claims);
    await expect(decodeSessionToken({ token: salted, secret, salt: "b" })).rejects.toThrow();
  });

  it("refuses a token made with another secret, and an expired one", async () => {
    const other = await encodeSessionToken({ token: claims, secret: `${secret}-other` });
    await expect(decodeSessionToken({ token: other, secret })).rejects.toThrow();
    const expired = await encodeSessionToken({ token: claims, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
  });

  it("answers null for no token", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
