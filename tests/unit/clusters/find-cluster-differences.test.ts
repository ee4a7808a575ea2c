import { describe, expect, it } from "vitest";
import { findClusterDifferences } from "@/lib/clusters/find-cluster-differences";
import { member, summarise } from "./compare-members";

function differencesOf(a: string, b: string) {
  return summarise(findClusterDifferences([member("a", a), member("b", b)]));
}

describe("findClusterDifferences: members that agree are not flagged", { timeout: 0 }, () => {
  it.each([
    ["number words and digits", "Three days before the vote, 12 people were arrested.", "3 days before the vote, twelve people were arrested."],
    ["thousands separators", "More than 1,200 protesters gathered.", "1200 protesters gathered."],
    ["a hedged figure and an exact one in its range", "The attack killed around 30 tourists.", "The attack killed 28 tourists."],
    ["a lower bound and a figure above it", "more than 160 people died", "166 people died"],
    ["a vague plural and a figure inside it", "dozens of people were hurt", "30 people were hurt"],
    ["a weekday with and without 'on' or 'last'", "The minister resigned on Tuesday.", "The minister resigned last Tuesday."],
    ["day-month-year and month-day-year", "The deal was signed on 12 March 2025.", "The deal was signed on March 12, 2025."],
    ["an ISO date and a written one", "The deal was signed on 2025-03-12.", "The deal was signed on 12 March 2025."],
    ["a date with and without its year", "at the conference in Quetta (Oct 29)", "at the conference in Quetta on October 29, 2023"],
    ["a day range inside a month", "the meeting took place between January 2-5, 2026", "the January 2026 meeting"],
    ["'a week' and 'one week' and 'seven days'", "just a week after the attack", "exactly one week after the attack, seven days after it"],
    ["'soon after' and a time after", "soon after the attack he flew to Doha", "a week after the attack he flew to Doha"],
    ["a short name and the full name", "Zaheer met Sandhu in Gujranwala.", "Dr. Naji Zaheer met Rashid Ali Sandhu in Gujranwala."],
    ["an acronym and the name it stands for", "commanders of LeT attended the rally in Muzaffarabad", "commanders of Lashkar-e-Taiba attended the rally in Muzaffarabad"],
    ["a member that omits details", "Twelve people were killed in Quetta on Tuesday, days after the vote.", "People were killed in Quetta."],
    ["a percent sign and the word", "Turnout was 50%.", "Turnout was 50 percent."],
    ["large numbers written with a multiplier", "The app has 1.2 million users.", "The app has 1,200,000 users."],
    ["newsroom abbreviations of amounts", "Apple will invest $430 billion over five years.", "Apple will invest $430bn over five years, or $1.5tn in all."],
    ["'three days later' and '72 hours later'", "Three days later, the army withdrew.", "The army pulled out 72 hours later."],
    ["a date range and a day inside it", "The conference, held May 2-6, 2024, drew 400 delegates.", "On May 3, 2024, the conference drew 400 delegates."],
    ["a negation said two ways", "The company said it would not comment.", "The company declined to comment."],
    ["titles before a name", "President Biden met Prime Minister Shehbaz Sharif in Washington.", "Joe Biden met Sharif in Washington."],
    ["the days outlets reported on", "Officials said on Tuesday that the meeting took place in March.", "The meeting took place in March, officials said Wednesday."],
    ["a negation that only moved", "The minister told reporters that the talks failed.", "The talks failed, the minister told reporters."],
    ["two transliterations of a name", "commanders from Lashkar-e-Taiba and Jaish-e-Mohammed attended", "commanders from Lashkar-e-Taiba and Jaish-e-Muhammad attended"],
    ["'one' as a pronoun", "The one who left was a guard, 3 officials said.", "The man who left was a guard, 3 officials said."],
    ["an extra date in one member", "In January 2024, he spoke in Karachi.", "He spoke in Karachi in January 2024 and in Islamabad in April 2024."],
  ])("%s", (_, a, b) => {
    expect(differencesOf(a, b)).toEqual([]);
  });
});

describe("findClusterDifferences: conflicting members are flagged with the words in each", { timeout: 0 }, () => {
  it("absolute dates", () => {
    expect(differencesOf("The vote was held on 12 March.", "The vote was held on 14 March.")).toEqual([{ kind: "date", sides: ["a:12 March", "b:14 March"] }]);
  });

  it("years", () => {
    expect(differencesOf("He first visited Karachi in 2023.", "He first visited Karachi in January 2024.")).toEqual([
      { kind: "date", sides: ["a:2023", "b:January 2024"] },
    ]);
  });

  it("weekdays", () => {
    expect(differencesOf("The minister resigned on Tuesday.", "The minister resigned on Wednesday.")).toEqual([
      { kind: "date", sides: ["a:Tuesday", "b:Wednesday"] },
    ]);
  });

  it("relative times: days before against weeks prior", () => {
    const found = findClusterDifferences([member("a", "He travelled there days before the strike."), member("b", "just weeks prior to the strike, he travelled there")]);
    expect(summarise(found)).toEqual([{ kind: "date", sides: ["a:days before", "b:weeks prior"] }]);
    expect(found[0]?.description).toBe("Dates differ: 'days before' vs 'weeks prior'");
  });

  it("relative times: hours against days, and before against after", () => {
    expect(differencesOf("He was arrested three hours after the blast.", "He was arrested two days after the blast.")).toEqual([
      { kind: "date", sides: ["a:three hours after", "b:two days after"] },
    ]);
    expect(differencesOf("He left the country a week before the vote.", "He left the country a week after the vote.")).toEqual([
      { kind: "date", sides: ["a:a week before", "b:a week after"] },
    ]);
  });

  it("counts of the same thing", () => {
    const found = findClusterDifferences([member("a", "The blast killed 12 people and injured 40."), member("b", "The blast killed 15 people and injured 40.")]);
    expect(summarise(found)).toEqual([{ kind: "number", sides: ["a:12 people", "b:15 people"] }]);
    expect(found[0]?.description).toBe("Numbers differ: '12 people' vs '15 people'");
  });

  it("abbreviated amounts", () => {
    expect(differencesOf("Apple will invest $430bn over five years.", "Apple will invest $43bn over five years.")).toEqual([
      { kind: "number", sides: ["a:430bn", "b:43bn"] },
    ]);
  });

  it("percentages, whichever way they are written", () => {
    expect(differencesOf("Turnout was 50%.", "Turnout was 60 percent.")).toEqual([{ kind: "number", sides: ["a:50%", "b:60 percent"] }]);
  });

  it("a lower bound against a figure below it", () => {
    expect(differencesOf("The storm killed at least 40 people.", "The storm killed 32 people.")).toEqual([
      { kind: "number", sides: ["a:40 people", "b:32 people"] },
    ]);
    expect(differencesOf("The storm killed at least 40 people.", "The storm killed 52 people.")).toEqual([]);
  });

  it("a vague count against a figure outside it", () => {
    expect(differencesOf("Dozens of soldiers were wounded.", "Five soldiers were wounded.")).toEqual([
      { kind: "number", sides: ["a:Dozens of soldiers", "b:Five soldiers"] },
    ]);
  });

  it("counts of different things are not compared", () => {
    expect(differencesOf("12 people were arrested.", "15 vehicles were seized.")).toEqual([]);
  });

  it("a name put in another's place", () => {
    const found = findClusterDifferences([member("a", "Zaheer addressed the conference in Quetta on October 29."), member("b", "Zaheer addressed the conference in Karachi on October 29.")]);
    expect(summarise(found)).toEqual([{ kind: "entity", sides: ["a:Quetta", "b:Karachi"] }]);
    expect(found[0]?.description).toBe("Names differ: 'Quetta' vs 'Karachi'");
  });

  it("a name swapped at either end of the sentence, or for a longer name", () => {
    expect(differencesOf("Zaheer met Sandhu.", "Zaheer met Rauf.")).toEqual([{ kind: "entity", sides: ["a:Sandhu", "b:Rauf"] }]);
    expect(differencesOf("Sandhu met Zaheer.", "Rauf met Zaheer.")).toEqual([{ kind: "entity", sides: ["a:Sandhu", "b:Rauf"] }]);
    expect(differencesOf("Zaheer shared a stage with Rashid Ali Sandhu at the event.", "Zaheer shared a stage with LeT commander Hafiz Abdul Rauf at the event.")).toEqual([
      { kind: "entity", sides: ["a:Rashid Ali Sandhu", "b:Hafiz Abdul Rauf"] },
    ]);
  });

  it("an extra name or place is detail, not a contradiction", () => {
    expect(differencesOf("Zaheer shared a stage with Sandhu at the event.", "Zaheer shared a stage with Sandhu and Rauf at the event.")).toEqual([]);
    expect(differencesOf("The summit took place in Geneva.", "The summit took place in Geneva, Switzerland.")).toEqual([]);
    expect(differencesOf("Police said the road was closed.", "Officials said the road was closed.")).toEqual([]);
  });

  it("a denial of what the other states", () => {
    expect(differencesOf("The minister attended the rally in Lahore.", "The minister did not attend the rally in Lahore.")).toEqual([
      { kind: "other", sides: ["a:attended", "b:did not attend"] },
    ]);
  });

  it("gives offsets in code points of each member's text", () => {
    const a = "😀 The vote was held on 12 March.";
    const [difference] = findClusterDifferences([member("a", a), member("b", "The vote was held on 14 March.")]);
    const side = difference?.sides[0];
    expect(side).toMatchObject({ memberId: "a", words: "12 March" });
    expect([...a].slice(side?.start, side?.end).join("")).toBe("12 March");
    expect(side?.start).toBe(23);
  });

  it("joins the same dispute across many members into one difference", () => {
    const found = findClusterDifferences([
      member("a", "He went there days before the strike."),
      member("b", "He went there days before the strike, officials said."),
      member("c", "He went there weeks prior to the strike."),
      member("d", "He went there."),
    ]);
    expect(summarise(found)).toEqual([{ kind: "date", sides: ["a:days before", "b:days before", "c:weeks prior"] }]);
    expect(found[0]?.description).toBe("Dates differ: 'days before' vs 'weeks prior'");
  });

  it("names each distinct value once", () => {
    const found = findClusterDifferences([member("a", "12 people died."), member("b", "15 people died."), member("c", "twelve people died.")]);
    expect(found.map((difference) => difference.description)).toEqual(["Numbers differ: '12 people' vs '15 people'"]);
    expect(summarise(found)[0]?.sides).toEqual(["a:12 people", "b:15 people", "c:twelve people"]);
  });

  it("has nothing to compare with fewer than two members", () => {
    expect(findClusterDifferences([])).toEqual([]);
    expect(findClusterDifferences([member("a", "12 people died on 3 May 2024.")])).toEqual([]);
  });
});
