import { describe, expect, it } from "vitest";
import { matchAuthorByline } from "@/lib/import/match-author-byline";

describe("matchAuthorByline", () => {
  it("reads an end-of-article bio when bios are allowed", () => {
    expect(matchAuthorByline("Anna Mahjar-Barducci is a Senior Research Fellow at MEMRI.", { allowBio: true })).toBe(
      "Anna Mahjar-Barducci",
    );
    expect(matchAuthorByline("Anna Mahjar-Barducci is a Senior Research Fellow at MEMRI.", { allowBio: false })).toBeUndefined();
  });

  it("reads By lines, with trailing roles or dates", () => {
    expect(matchAuthorByline("By Jane Doe", { allowBio: false })).toBe("Jane Doe");
    expect(matchAuthorByline("BY Jane Doe and John Smith | 7 January 2026", { allowBio: false })).toBe("Jane Doe and John Smith");
    expect(matchAuthorByline("Written by Syed Ali bin Hamid, Islamabad", { allowBio: false })).toBe("Syed Ali bin Hamid");
  });

  it("does not take people in the story for the author", () => {
    const sentence = "Rashid Ali Sandhu is a close aide to Saifullah Khalid Kasuri.";
    expect(matchAuthorByline(sentence, { allowBio: true })).toBeUndefined();
    expect(matchAuthorByline("by the time the rally ended, police had left", { allowBio: false })).toBeUndefined();
  });
});
