import { parseCsv } from "@/tests/unit/export/fixtures/parse-csv";
import { readZip } from "./read-zip";

// One span as an export states it: the text it names by offsets, and the
// text the export writes for it (when the format writes one).
export type StatedSpan = { format: string; articleText: string; start: number; end: number; text: string | null; id: string | null };

const lines = (payload: string) => payload.split("\n").filter((l) => l.trim() !== "");

/**
 * Every span of an export, read back from its bytes the way a consumer
 * would, for a test to check that `articleText[start:end]` (code points)
 * is the span's text. `texts` gives article texts for formats that only
 * reference articles (W3C).
 */
export function spansOfExport(format: string, payload: Buffer, texts: ReadonlyMap<string, string>): StatedSpan[] {
  const text = payload.toString("utf8");
  const spans: StatedSpan[] = [];
  const add = (articleText: string, start: number, end: number, stated: string | null, id: string | null) =>
    spans.push({ format, articleText, start, end, text: stated, id });
  if (format === "jsonl") {
    for (const line of lines(text)) {
      const record = JSON.parse(line) as { text: string; spans: Array<{ id: string; start: number; end: number; text: string }> };
      for (const s of record.spans) add(record.text, s.start, s.end, s.text, s.id);
    }
  } else if (format === "w3c") {
    const collection = JSON.parse(text) as { first: { items: Array<{ id: string; target: { source: string; selector: Array<Record<string, unknown>> } }> } };
    for (const item of collection.first.items) {
      const articleId = /\/articles\/([^/]+)\/revisions\//.exec(item.target.source)?.[1] ?? "";
      const quote = item.target.selector.find((s) => s.type === "TextQuoteSelector") as { exact: string };
      const position = item.target.selector.find((s) => s.type === "TextPositionSelector") as { start: number; end: number };
      add(texts.get(articleId) ?? "", position.start, position.end, quote.exact, item.id.split("/").pop() ?? null);
    }
  } else if (format === "label-studio") {
    for (const task of JSON.parse(text) as Array<{ data: { text: string }; annotations: Array<{ result: Array<{ id: string; value: { start: number; end: number; text: string } }> }> }>) {
      // Label Studio counts UTF-16 units (JavaScript string indices): converted to code points here.
      const cp = (utf16: number) => [...task.data.text.slice(0, utf16)].length;
      for (const a of task.annotations) for (const r of a.result) add(task.data.text, cp(r.value.start), cp(r.value.end), r.value.text, r.id);
    }
  } else if (format === "doccano") {
    for (const line of lines(text)) {
      const record = JSON.parse(line) as { text: string; label: Array<[number, number, string]> };
      for (const [start, end] of record.label) add(record.text, start, end, null, null);
    }
  } else if (format === "doccano-relations") {
    for (const line of lines(text)) {
      const record = JSON.parse(line) as { text: string; entities: Array<{ start_offset: number; end_offset: number }> };
      for (const e of record.entities) add(record.text, e.start_offset, e.end_offset, null, null);
    }
  } else if (format === "csv" || format === "csv-excel") {
    // The Excel variant is the same CSV after a byte-order mark.
    const [header, ...rows] = parseCsv(text.replace(/^\ufeff/, ""));
    const col = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      add(texts.get(row[col("article_id")]!) ?? "", Number(row[col("start")]), Number(row[col("end")]), row[col("text")]!, row[col("claim_id")]!);
    }
  } else if (format === "brat") {
    const files = readZip(payload);
    for (const [path, ann] of files) {
      if (!path.endsWith(".ann")) continue;
      const articleText = files.get(path.replace(/\.ann$/, ".txt")) ?? "";
      for (const line of ann.split("\n").filter((l) => l.startsWith("T"))) {
        const [, typeAndRanges, stated] = line.split("\t");
        const ranges = typeAndRanges!.split(" ").slice(1).join(" ").split(";").map((r) => r.split(" ").map(Number) as [number, number]);
        // Discontinuous fragments are written joined by one space.
        const fragments = stated!.split(" ");
        if (ranges.length === 1) add(articleText, ranges[0]![0], ranges[0]![1], stated!, null);
        else for (const [start, end] of ranges) add(articleText, start, end, null, null);
        if (ranges.length > 1 && fragments.length < ranges.length) throw new Error(`brat fragments do not match: ${line}`);
      }
    }
  }
  return spans;
}
