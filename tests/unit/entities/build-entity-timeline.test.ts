import { describe, expect, it } from "vitest";
import { buildEntityTimeline } from "@/lib/entities/build-entity-timeline";

describe("buildEntityTimeline", () => {
  it("orders every calendar date of the claims, filling a missing year from the article", () => {
    const published = new Date("2023-10-20T08:00:00Z");
    const timeline = buildEntityTimeline([
      { id: "c1", exact: "He was arrested on October 14 and released in 2019.", articlePublishedAt: published },
      { id: "c2", exact: "The group was banned in May 2019.", articlePublishedAt: null },
      { id: "c3", exact: "He spoke on 3 March 2021.", articlePublishedAt: published },
    ]);
    expect(timeline.map((e) => [e.claimId, e.text, e.year, e.month, e.day, e.yearFromArticle])).toEqual([
      ["c1", "2019", 2019, null, null, false],
      ["c2", "May 2019", 2019, 5, null, false],
      ["c3", "3 March 2021", 2021, 3, 3, false],
      ["c1", "October 14", 2023, 10, 14, true],
    ]);
  });

  it("leaves out a yearless date when the article has no publication date, and undated claims", () => {
    expect(buildEntityTimeline([{ id: "c1", exact: "on October 14, police said", articlePublishedAt: null }, { id: "c2", exact: "He denied it.", articlePublishedAt: null }])).toEqual([]);
  });
});
