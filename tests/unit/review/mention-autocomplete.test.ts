import { describe, expect, it } from "vitest";
import { findMentionQuery } from "@/components/review/find-mention-query";
import { matchMembers } from "@/components/review/match-members";

describe("findMentionQuery", () => {
  it.each([
    ["@", 1, { start: 0, query: "" }],
    ["hi @an", 6, { start: 3, query: "an" }],
    ["hi @an there", 6, { start: 3, query: "an" }],
    ["(@rev", 5, { start: 1, query: "rev" }],
    ["hi @ann@exa", 11, null], // a second @ means a finished email, not a query
    ["mail me@x", 9, null], // glued to a word: an address
    ["hi @ann there", 13, null], // the caret left the mention
    ["", 0, null],
  ])("%j at %i", (text, caret, expected) => {
    expect(findMentionQuery(text, caret)).toEqual(expected);
  });
});

describe("matchMembers", () => {
  const members = [
    { id: "1", name: "Ann Lee", email: "ann@example.com" },
    { id: "2", name: "Bob Annan", email: "bob@example.com" },
    { id: "3", name: "Carol", email: "anna.c@example.com" },
  ];
  it("matches any word of the name first, then the email, case-insensitively", () => {
    expect(matchMembers(members, "ann").map((m) => m.id)).toEqual(["1", "2", "3"]);
    expect(matchMembers(members, "LEE").map((m) => m.id)).toEqual(["1"]);
    expect(matchMembers(members, "bob@").map((m) => m.id)).toEqual(["2"]);
    expect(matchMembers(members, "zed")).toEqual([]);
    expect(matchMembers(members, "", 2).map((m) => m.id)).toEqual(["1", "2"]);
  });
});
