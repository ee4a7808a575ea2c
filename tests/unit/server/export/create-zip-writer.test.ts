import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createZipWriter } from "@/lib/server/export/create-zip-writer";
import { readZip } from "@/tests/integration/export/support/read-zip";

function zipOf(files: Array<[string, string]>): Buffer {
  const zip = createZipWriter();
  const parts = files.map(([path, content]) => zip.file(path, new TextEncoder().encode(content)));
  return Buffer.concat([...parts, zip.end()]);
}

describe("createZipWriter", () => {
  const files: Array<[string, string]> = [["a.txt", "😀 Ünïcode\r\nline two"], ["a.ann", "T1\tperson 2 9\tÜnïcode\n"], ["empty.ann", ""]];

  it("writes a zip whose entries read back with their CRCs, UTF-8 names and contents", () => {
    const files2 = readZip(zipOf(files));
    expect([...files2.entries()]).toEqual(files);
  });

  it("gives the same bytes for the same files (entries dated 1980-01-01)", () => {
    const zip = zipOf(files);
    expect(zipOf(files).equals(zip)).toBe(true);
    // Local header of the first entry: time 0, date (0 << 9) | (1 << 5) | 1.
    expect(zip.readUInt16LE(10)).toBe(0);
    expect(zip.readUInt16LE(12)).toBe(33);
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt32LE(zip.length - 22)).toBe(0x06054b50);
    expect(zip.readUInt16LE(zip.length - 12)).toBe(3);
  });

  it.runIf(existsSync("/usr/bin/unzip"))("passes unzip's own integrity test", () => {
    const dir = mkdtempSync(join(tmpdir(), "zip-"));
    writeFileSync(join(dir, "t.zip"), zipOf(files));
    expect(execFileSync("unzip", ["-t", join(dir, "t.zip")], { encoding: "utf8" })).toContain("No errors detected");
  });
});
