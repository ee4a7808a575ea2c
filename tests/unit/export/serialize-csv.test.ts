import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/anchoring/slice-code-points";
import { serializeCsv } from "@/lib/export/serialize-csv";
import { collect } from "./fixtures/collect";
import { parseCsv } from "./fixtures/parse-csv";
import { fixtureOptions, formulaNote, smallDataset, t1, t2 } from "./fixtures/small-dataset";

const header =
  "article_id,article_title,article_outlet,article_url,article_published_at,claim_id,start,end,text,claim_type,status,rating,check_worthiness,confidence,claimant,entities,evidence,cluster_id,cluster_relation,annotator_id,annotator,review_state,gold,note,created_at,updated_at\r\n";

describe("serializeCsv", () => {
  it("writes one row per claim, exactly", async () => {
    const chunks = await collect(serializeCsv(smallDataset(), fixtureOptions));
    expect(chunks).toEqual([
      header,
      'art-1,"Staff survey, Adams says",News Example,https://news.example/a1,2024-03-05T12:00:00.000Z,' +
        "c1,2,52,Douglas Adams said 42% of BBC staff live in London,statistical,false,1,4,0.8," +
        "Douglas Adams,Douglas Adams (CLAIMANT); BBC (SUBJECT),REFUTES https://stats.example/report,cl1,SAME," +
        'u-alice,Alice Example,ACCEPTED,false,"\'=HYPERLINK(""https://evil.example"",""click"")",' +
        "2024-03-06T09:00:00.000Z,2024-03-07T09:30:00.000Z\r\n",
      'art-1,"Staff survey, Adams says",News Example,https://news.example/a1,2024-03-05T12:00:00.000Z,' +
        'c2,46,67,"London.\n\nHe was wrong",event,mixed,3,,,,,,,,u-bob,Bob Example,PENDING,false,,' +
        "2024-03-06T09:00:00.000Z,2024-03-06T09:00:00.000Z\r\n",
      "art-2,BBC: staff live in London,Paper Example,https://paper.example/b2,2024-03-01T08:00:00.000Z," +
        "c3,5,32,42% of staff live in London,,unverified,,,,,,,cl1,SAME,u-bob,Bob Example,PENDING,false,," +
        "2024-03-06T09:00:00.000Z,2024-03-06T09:00:00.000Z\r\n",
    ]);
  });

  it("parses back (RFC 4180): every claim's text is text[start:end], the formula note is inert", async () => {
    const rows = parseCsv((await collect(serializeCsv(smallDataset(), fixtureOptions))).join(""));
    const [columns, ...records] = rows as [string[], ...string[][]];
    const col = (name: string) => columns.indexOf(name);
    expect(records).toHaveLength(3);
    for (const record of records) {
      expect(record).toHaveLength(columns.length);
      const text = record[col("article_id")] === "art-1" ? t1 : t2;
      expect(record[col("text")]).toBe(sliceCodePoints(text, Number(record[col("start")]), Number(record[col("end")])));
    }
    expect(records[0]?.[col("note")]).toBe(`'${formulaNote}`);
  });

  it("drops the note column and pseudonymises annotators when asked", async () => {
    const rows = parseCsv((await collect(serializeCsv(smallDataset(), { ...fixtureOptions, includeNotes: false, pseudonymise: true }))).join(""));
    expect(rows[0]).not.toContain("note");
    expect(rows.slice(1).map((r) => [r[19], r[20]])).toEqual([
      ["annotator-1", "annotator-1"],
      ["annotator-2", "annotator-2"],
      ["annotator-2", "annotator-2"],
    ]);
    expect(rows.flat().join(" ")).not.toMatch(/Alice|Bob|u-alice|u-bob|HYPERLINK/);
  });
});
