import { describe, expect, it } from "vitest";
import { exportFormats } from "@/lib/export/export-formats";
import { serializeCsv } from "@/lib/export/serialize-csv";
import { streamSerializers } from "@/lib/export/stream-serializers";
import { exportQuerySchema } from "@/lib/validations/export";
import { formatChoices } from "@/components/export/export-choices";
import { collect } from "./fixtures/collect";
import { parseCsv } from "./fixtures/parse-csv";
import { fixtureOptions, smallDataset } from "./fixtures/small-dataset";

describe("CSV for spreadsheets (issue 13, defect 7)", () => {
  it("csv-excel is a format of the API, the command line and the export page", () => {
    expect(exportQuerySchema.parse({ format: "csv-excel" }).format).toBe("csv-excel");
    expect(exportFormats["csv-excel"]).toMatchObject({ extension: "csv", output: "stream" });
    expect(formatChoices.map((f) => f.value)).toContain("csv-excel");
  });

  it("is the CSV's bytes after a UTF-8 byte-order mark, rows ending CRLF", async () => {
    const plain = (await collect(serializeCsv(smallDataset(), fixtureOptions))).join("");
    const excel = (await collect(streamSerializers["csv-excel"](smallDataset(), fixtureOptions))).join("");
    const bytes = new TextEncoder().encode(excel);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel).toBe(`\ufeff${plain}`);
    expect(excel.endsWith("\r\n")).toBe(true);
    // The plain variant keeps no BOM (its readers would see it in the first header name).
    expect(plain.startsWith("\ufeff")).toBe(false);
  });

  it("parses back with the same rows once the BOM is dropped, accents and curly quotes intact", async () => {
    const dataset = smallDataset();
    const [first] = dataset.articles as Array<{ title: string }>;
    if (first) first.title = "Zaheer’s “visit”, Café Lahore";
    const excel = (await collect(streamSerializers["csv-excel"](dataset, fixtureOptions))).join("");
    const rows = parseCsv(excel.slice(1));
    expect(rows[0]?.[0]).toBe("article_id");
    expect(rows).toHaveLength(4);
    expect(rows[1]?.[1]).toBe("Zaheer’s “visit”, Café Lahore");
  });
});
