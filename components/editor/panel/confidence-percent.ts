// The API stores confidence as 0–1; people think in percent. Rounded so the
// display never shows floating-point noise like 57.00000000000001 %.
export function confidenceToPercent(confidence: number | null): number | null {
  return confidence === null ? null : Math.round(confidence * 1000) / 10;
}

// null when the text is not a percentage from 0 to 100 (the caller shows why).
export function percentToConfidence(text: string): number | null {
  const trimmed = text.trim().replace(/\s*%$/, "").replace(",", ".");
  if (trimmed === "" || !/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const percent = Number(trimmed);
  if (percent > 100) return null;
  return Math.round(percent * 10) / 1000;
}
