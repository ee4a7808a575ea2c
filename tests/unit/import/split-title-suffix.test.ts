import { describe, expect, it } from "vitest";
import { splitTitleSuffix } from "@/lib/import/split-title-suffix";

describe("splitTitleSuffix", () => {
  it("splits the outlet off a scraped headline", () => {
    expect(splitTitleSuffix("Hamas, Lashkar leaders meet publicly in Pakistan, raising questions over growing ties – Firstpost")).toEqual({
      title: "Hamas, Lashkar leaders meet publicly in Pakistan, raising questions over growing ties",
      outlet: "Firstpost",
    });
    expect(splitTitleSuffix("Port terminal opens after delays | The Times of India")).toEqual({
      title: "Port terminal opens after delays",
      outlet: "The Times of India",
    });
  });

  it("leaves headlines whose dash is part of the sentence alone", () => {
    expect(splitTitleSuffix("Pakistan – a failed state?")).toEqual({ title: "Pakistan – a failed state?" });
    expect(splitTitleSuffix("Hamas-LeT Convergence in Pakistan Signals Deepening Militant Networks, Video Shows")).toEqual({
      title: "Hamas-LeT Convergence in Pakistan Signals Deepening Militant Networks, Video Shows",
    });
    expect(splitTitleSuffix("Sport - Football")).toEqual({ title: "Sport - Football" });
  });
});
