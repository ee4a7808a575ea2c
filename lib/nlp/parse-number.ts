const units: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const scales: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
// Words for "many of": a magnitude, not a count.
const vagueWords: Record<string, number> = {
  dozen: 12, dozens: 24, score: 20, scores: 40, hundreds: 200, thousands: 2_000, millions: 2_000_000,
  several: 4, few: 3, couple: 2, many: 10, multiple: 3,
};
const hedges = new Set(["around", "about", "some", "nearly", "almost", "roughly", "approximately", "over", "more", "than", "at", "least", "up", "to", "just", "exactly", "only", "of", "and", "-"]);

export type ParsedNumber = { value: number; vague: boolean };

// The value of a number as news text writes it: "1,200", "3.5 million",
// "twenty-five", "around 30", "dozens". Hand-checked in
// tests/unit/nlp/parse-number.test.ts. Returns null when no number is there.
export function parseNumber(text: string): ParsedNumber | null {
  const words = text.toLowerCase().replace(/(\d),(?=\d{3}\b)/g, "$1").split(/[\s-]+/).filter(Boolean);
  let total = 0;
  let current = 0;
  let seen = false;
  let vague = false;
  for (const word of words) {
    if (hedges.has(word)) {
      if (word !== "-" && word !== "of" && word !== "and") vague ||= ["around", "about", "some", "nearly", "almost", "roughly", "approximately", "over", "more"].includes(word);
      continue;
    }
    const numeric = Number(word.replace(/%$/, ""));
    if (/^\d+(\.\d+)?%?$/.test(word) && Number.isFinite(numeric)) {
      current += numeric;
      seen = true;
    } else if (word in units) {
      current += units[word] ?? 0;
      seen = true;
    } else if (word in scales) {
      const scale = scales[word] ?? 1;
      if (scale === 100) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    } else if (word in vagueWords) {
      current = current ? current * (vagueWords[word] ?? 1) : (vagueWords[word] ?? 1);
      seen = true;
      vague = true;
    }
  }
  if (!seen) return null;
  return { value: total + current, vague };
}
