import type { ComparedMember } from "@/lib/clusters/cluster-difference";
import { analyzeMemberText } from "@/lib/clusters/compare/analyze-member-text";
import { type DateMention, extractDates } from "@/lib/clusters/compare/extract-dates";
import { type EntityMention, extractEntities } from "@/lib/clusters/compare/extract-entities";
import { extractQuantities, type QuantityMention } from "@/lib/clusters/compare/extract-quantities";
import { extractRelativeTimes, type RelativeTimeMention } from "@/lib/clusters/compare/extract-relative-times";
import { splitWords, type Word } from "@/lib/clusters/compare/split-words";

// Everything the comparison reads from one member, computed once per member.
export type MemberFacts = {
  member: ComparedMember;
  words: Word[];
  dates: DateMention[];
  relativeTimes: RelativeTimeMention[];
  quantities: QuantityMention[];
  entities: EntityMention[];
};

export function readMemberFacts(member: ComparedMember): MemberFacts {
  const tokens = analyzeMemberText(member.text);
  const dates = extractDates(member.text, tokens);
  const relativeTimes = extractRelativeTimes(member.text, tokens);
  // A figure inside a date or a relative time is not a count of anything.
  const quantities = extractQuantities(member.text, tokens, [...dates, ...relativeTimes]);
  return {
    member,
    words: splitWords(member.text),
    dates,
    relativeTimes,
    quantities,
    entities: extractEntities(member.text, tokens),
  };
}
