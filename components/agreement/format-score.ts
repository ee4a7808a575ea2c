import type { AlphaResult, KappaResult } from "@/lib/metrics/types";

/** A score in [−1, 1] to two decimals, or an em dash when there is none. */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return value.toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const reasons: Record<string, string> = {
  "no-items": "No matched claims with this field set by both annotators.",
  "no-pairable-values": "No claim was marked by two or more annotators with this field set.",
  "single-category": "Every value is the same, so agreement beyond chance cannot be measured.",
};

/** Kappa or alpha with why it is missing (for a title or a footnote). */
export function describeCoefficient(result: KappaResult | AlphaResult): { text: string; why: string | null; n: number } {
  const value = "kappa" in result ? result.kappa : result.alpha;
  if (value !== null) return { text: formatScore(value), why: null, n: result.n };
  return { text: "—", why: reasons["reason" in result ? result.reason : ""] ?? null, n: result.n };
}
