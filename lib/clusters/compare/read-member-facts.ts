import type { ComparedMember } from "@/lib/clusters/cluster-difference";
import { analyzeMemberText } from "@/lib/clusters/compare/analyze-member-text";
import { type DateMention, extractDates } from "@/lib/clusters/compare/extract-dates";
import { type EntityMention, extractEntities } from "@/lib/clusters/compare/extract-entities";
import { extractQuantities, type QuantityMention } from "@/lib/clusters/compare/extract-quantities";
import { extractRelativeTimes, type RelativeTimeMention } from "@/lib/clusters/compare/extract-relative-times";
import { splitWords, type Word } from "@/lib/clusters/compare/split-words";

type TextFacts = {
  words: Word[];
  dates: DateMention[];
  relativeTimes: RelativeTimeMention[];
  quantities: QuantityMention[];
  entities: EntityMention[];
};

// Everything the comparison reads from one member.
export type MemberFacts = TextFacts & { member: ComparedMember };

// Tagging is the costly step (tens of milliseconds a sentence) and a cluster
// page asks for the same members again and again, so facts are kept per text,
// a bounded number of them, oldest dropped first. Facts are never mutated.
const CACHE_SIZE = 2000;
const cache = new Map<string, TextFacts>();

function readTextFacts(text: string): TextFacts {
  const tokens = analyzeMemberText(text);
  const dates = extractDates(text, tokens);
  const relativeTimes = extractRelativeTimes(text, tokens);
  // A figure inside a date or a relative time is not a count of anything.
  const quantities = extractQuantities(text, tokens, [...dates, ...relativeTimes]);
  return { words: splitWords(text), dates, relativeTimes, quantities, entities: extractEntities(text, tokens) };
}

export function readMemberFacts(member: ComparedMember): MemberFacts {
  let facts = cache.get(member.text);
  if (facts) {
    cache.delete(member.text);
  } else {
    facts = readTextFacts(member.text);
    if (cache.size >= CACHE_SIZE) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
  }
  cache.set(member.text, facts);
  return { ...facts, member };
}
