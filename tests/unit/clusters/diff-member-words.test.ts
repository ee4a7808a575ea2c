import { describe, expect, it } from "vitest";
import { diffMemberWords, type MemberWordDiff } from "@/lib/clusters/compare/diff-member-words";

function marked(diff: MemberWordDiff | undefined): string {
  return (diff?.segments ?? []).map((segment) => (segment.changed ? `[${segment.text}]` : segment.text)).join("");
}

describe("diffMemberWords", { timeout: 0 }, () => {
  it("marks the words that differ in both members", () => {
    const [a, b] = diffMemberWords([
      { memberId: "a", text: "Zaheer met Sandhu in Quetta, days before the attack." },
      { memberId: "b", text: "Dr. Zaheer met Sandhu in Karachi, weeks prior to the attack." },
    ]);
    expect(a?.memberId).toBe("a");
    expect(marked(a)).toBe("Zaheer met Sandhu in [Quetta, days before] the attack.");
    expect(marked(b)).toBe("[Dr]. Zaheer met Sandhu in [Karachi, weeks prior to] the attack.");
  });

  it("ignores case, accents, curly apostrophes and punctuation", () => {
    const [a, b] = diffMemberWords([
      { memberId: "a", text: "Hamas’ envoy, Zaheer — in Peshawar!" },
      { memberId: "b", text: "hamas' ENVOY Zaheer in Peshawar" },
    ]);
    expect(a?.segments.some((segment) => segment.changed)).toBe(false);
    expect(b?.segments.some((segment) => segment.changed)).toBe(false);
  });

  it("covers each text exactly, with code-point offsets", () => {
    const text = "😀 Twelve people 👍🏽 died in Quetta.";
    const [a] = diffMemberWords([
      { memberId: "a", text },
      { memberId: "b", text: "Fifteen people died in Quetta." },
    ]);
    const segments = a?.segments ?? [];
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    for (const segment of segments) expect([...text].slice(segment.start, segment.end).join("")).toBe(segment.text);
    expect(segments[segments.length - 1]?.end).toBe([...text].length);
    expect(marked(a)).toBe("😀 [Twelve] people 👍🏽 died in Quetta.");
  });

  it("with more members, marks a word when fewer than half of the others share it", () => {
    const diffs = diffMemberWords([
      { memberId: "a", text: "he left days before the vote" },
      { memberId: "b", text: "he left days before the vote" },
      { memberId: "c", text: "he left weeks before the vote" },
    ]);
    // c's "weeks" is in no other member; a's "days" is in b (one of two others).
    expect(diffs.map(marked)).toEqual(["he left days before the vote", "he left days before the vote", "he left [weeks] before the vote"]);
    const days = diffs[0]?.segments.find((segment) => segment.text.includes("days"));
    expect(days?.sharedWith).toBe(2);
  });

  it("marks nothing for a lone member and copes with empty text", () => {
    expect(marked(diffMemberWords([{ memberId: "a", text: "Only one outlet says so." }])[0])).toBe("Only one outlet says so.");
    const [empty, other] = diffMemberWords([
      { memberId: "a", text: "" },
      { memberId: "b", text: "Something" },
    ]);
    expect(empty?.segments).toEqual([]);
    expect(marked(other)).toBe("[Something]");
  });

  it("treats long members with nothing in common as all different, without aligning them word by word", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `alpha${i}`).join(" ");
    const b = Array.from({ length: 3000 }, (_, i) => `beta${i}`).join(" ");
    const [left, right] = diffMemberWords([
      { memberId: "a", text: a },
      { memberId: "b", text: b },
    ]);
    expect(left?.segments).toEqual([{ text: a, start: 0, end: [...a].length, changed: true, sharedWith: 0 }]);
    expect(right?.segments.every((segment) => segment.changed)).toBe(true);
  });
});
