import { describe, expect, it } from "vitest";
import { csvCell } from "@/lib/export/csv-cell";

describe("csvCell", () => {
  it("writes plain values as they are, null as the empty field", () => {
    expect(csvCell("Douglas Adams")).toBe("Douglas Adams");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(0.8)).toBe("0.8");
    expect(csvCell(false)).toBe("false");
    expect(csvCell(null)).toBe("");
    expect(csvCell("")).toBe("");
  });

  it("quotes a value holding a comma, quote or line break, doubling its quotes (RFC 4180)", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("one\ntwo")).toBe('"one\ntwo"');
    expect(csvCell("one\r\ntwo")).toBe('"one\r\ntwo"');
  });

  it("neutralises every cell a spreadsheet would run as a formula with a leading apostrophe", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe("\"'\rx\"");
    expect(csvCell('=HYPERLINK("https://evil.example","click")')).toBe('"\'=HYPERLINK(""https://evil.example"",""click"")"');
  });

  it("leaves formula characters alone when they are not first", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(" =1")).toBe(" =1");
    expect(csvCell("x@y.example")).toBe("x@y.example");
  });
});
