import type { EntityMention } from "@/lib/clusters/compare/extract-entities";

function initials(parts: readonly string[]): string {
  return parts.map((part) => part[0] ?? "").join("");
}

// A name word's consonants with doubled letters collapsed: transliterations
// of one name differ mostly in vowels and doubling ("Mohammed" / "Muhammad",
// "Zaheer" / "Zahir"). Too short a skeleton says nothing, so those words
// must match exactly.
function skeleton(part: string): string {
  return part.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
}

function samePart(x: string, y: string): boolean {
  if (x === y) return true;
  const sx = skeleton(x);
  return sx.length >= 3 && sx === skeleton(y);
}

// Whether two mentions can name the same thing: one name's words are all in
// the other ("Zaheer" / "Naji Zaheer", "Lashkar" / "Lashkar-e-Taiba"), allowing
// for transliteration ("Jaish-e-Mohammed" / "Jaish-e-Muhammad"), or one is
// the other's acronym ("LeT", "PMML"). Deliberately generous: a name wrongly
// taken as the same hides a contradiction, a name wrongly taken as different
// flags members that agree.
export function entityNamesMatch(a: EntityMention, b: EntityMention): boolean {
  const [shorter, longer] = a.parts.length <= b.parts.length ? [a.parts, b.parts] : [b.parts, a.parts];
  if (shorter.every((part) => longer.some((other) => samePart(part, other)))) return true;
  if (shorter.length === 1 && shorter[0] === initials(longer)) return true;
  return isAcronymOfShortForm(a, b) || isAcronymOfShortForm(b, a);
}

// "LeT" against "Lashkar": outlets shorten a long name to its first word or to
// its acronym, and a member may hold only the short form ("a political front
// for Lashkar"), so the expansion that would link them is not in the text.
// An acronym (two to six letters, at least two capitals) and a one-word name
// that starts with the acronym's first letter are taken as the same thing.
function isAcronymOfShortForm(acronym: EntityMention, name: EntityMention): boolean {
  const written = acronym.words.trim();
  if (acronym.parts.length !== 1 || name.parts.length !== 1) return false;
  if (!/^\p{L}{2,6}$/u.test(written) || (written.match(/\p{Lu}/gu) ?? []).length < 2) return false;
  const first = name.parts[0] ?? "";
  return first.length > written.length && first[0] === written[0]!.toLowerCase();
}
