import type { EntityMention } from "@/lib/clusters/compare/extract-entities";

function initials(parts: readonly string[]): string {
  return parts.map((part) => part[0] ?? "").join("");
}

// Whether two mentions can name the same thing: one name's words are all in
// the other ("Zaheer" / "Naji Zaheer", "Lashkar" / "Lashkar-e-Taiba"), or one
// is the other's acronym ("LeT", "PMML").
export function entityNamesMatch(a: EntityMention, b: EntityMention): boolean {
  const [shorter, longer] = a.parts.length <= b.parts.length ? [a.parts, b.parts] : [b.parts, a.parts];
  if (shorter.every((part) => longer.includes(part))) return true;
  if (shorter.length === 1 && shorter[0] === initials(longer)) return true;
  return shorter.length === 1 && longer.length === 1 && (shorter[0] ?? "") === initials(longer);
}
