import { describe, expect, it } from "vitest";
import { confidenceToPercent, percentToConfidence } from "@/components/editor/panel/confidence-percent";

describe("confidenceToPercent", () => {
  it("shows 0–1 as a percentage without floating-point noise", () => {
    expect(confidenceToPercent(0.57)).toBe(57);
    expect(confidenceToPercent(0.575)).toBe(57.5);
    expect(confidenceToPercent(0)).toBe(0);
    expect(confidenceToPercent(1)).toBe(100);
    expect(confidenceToPercent(null)).toBeNull();
  });
});

describe("percentToConfidence", () => {
  it("reads whole and decimal percentages, with a % sign or a decimal comma", () => {
    expect(percentToConfidence("57")).toBe(0.57);
    expect(percentToConfidence(" 62.5 % ")).toBe(0.625);
    expect(percentToConfidence("62,5")).toBe(0.625);
    expect(percentToConfidence("0")).toBe(0);
    expect(percentToConfidence("100")).toBe(1);
  });

  it("refuses anything outside 0–100 or not a number", () => {
    for (const text of ["", "101", "-5", "abc", "5e1", "1.2.3"]) expect(percentToConfidence(text)).toBeNull();
  });

  it("round-trips every whole percentage", () => {
    for (let percent = 0; percent <= 100; percent += 1) {
      expect(confidenceToPercent(percentToConfidence(String(percent)))).toBe(percent);
    }
  });
});
