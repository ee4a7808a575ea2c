import type { QuantityMention } from "@/lib/clusters/compare/extract-quantities";

// Counts of the same thing; bare numbers only compare with bare numbers.
export function sameCountedThing(a: QuantityMention, b: QuantityMention): boolean {
  return a.noun === b.noun;
}

// Two counts agree when their ranges overlap: "three" and "3", "around 30"
// and "28", "more than 160" and "166"; "12 people" and "15 people" do not.
export function quantitiesAgree(a: QuantityMention, b: QuantityMention): boolean {
  return Math.max(a.min, b.min) <= Math.min(a.max, b.max);
}
