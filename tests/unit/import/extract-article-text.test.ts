import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/import/extract-article";

const paragraph =
  "The port authority said on Tuesday that the new terminal would open in March, after two years of delays caused by funding disputes.";

describe("extractArticle, text", () => {
  it("normalises CRLF line endings and a leading BOM, and nothing else", () => {
    const result = extractArticle({ kind: "text", content: `\ufeffPort Terminal Opens At Last\r\n\r\n${paragraph}\r\nthe “new” terminal\r\n` });
    expect(result.title).toBe("Port Terminal Opens At Last");
    // One paragraph whose scraped line break stays a line break.
    expect(result.text).toBe(`${paragraph}\nthe “new” terminal`);
  });

  it("gives an empty article for blank input, named after the file", () => {
    expect(extractArticle({ kind: "text", content: " \n\n \n", fileName: "empty.txt" })).toEqual({
      text: "",
      title: "empty",
      metadata: {},
      blocks: [],
    });
  });

  it("keeps non-English prose, without a language guess", () => {
    const german =
      "Die Hafenbehörde teilte am Dienstag mit, dass das neue Terminal im März eröffnet werden soll, nach zwei Jahren Verzögerung wegen Streitigkeiten über die Finanzierung.";
    const result = extractArticle({ kind: "text", content: `${german}\n\nTeilen\n\n${german.replace("März", "April")}` });
    expect(result.metadata).toEqual({});
    expect(result.blocks.map((b) => b.kept)).toEqual([true, true, true]);
  });

  it("reads a bare URL line as the article URL and a By line as the author", () => {
    const result = extractArticle({ kind: "text", content: `By Jane Doe\n\n${paragraph}\n\nhttps://example.com/port` });
    expect(result.metadata).toMatchObject({ author: "Jane Doe", url: "https://example.com/port" });
    expect(result.text).toBe(paragraph);
  });
});
