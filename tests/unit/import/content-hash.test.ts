import { describe, expect, it } from "vitest";
import { contentHash } from "@/lib/import/content-hash";

// Expected values from `python3 -c "import hashlib; print(hashlib.sha256(s.encode()).hexdigest())"`.
describe("contentHash", () => {
  it("is the SHA-256 hex of the UTF-8 bytes", () => {
    expect(contentHash("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(contentHash("Zaheer’s\u00a0visit 😀")).toBe("b8f3cb75ca1292d4bcd509427f46a096992bea7a2bba5ad4f6ed0ebc1a2589b0");
  });
});
