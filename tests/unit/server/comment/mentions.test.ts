import { describe, expect, it } from "vitest";
import { extractMentionEmails } from "@/lib/server/comment/extract-mention-emails";
import { splitMentions } from "@/lib/server/comment/split-mentions";

const ann = { id: "u1", name: "Ann Lee", email: "ann@example.com" };
const bob = { id: "u2", name: "Bob", email: "Bob.Smith+x@news.example.co.uk" };

describe("extractMentionEmails", () => {
  it.each([
    ["@ann@example.com hi", ["ann@example.com"]],
    ["hi @ann@example.com.", ["ann@example.com"]],
    ["(@ann@example.com), @ANN@Example.com!", ["ann@example.com"]],
    ["cc @bob.smith+x@news.example.co.uk and @ann@example.com", ["bob.smith+x@news.example.co.uk", "ann@example.com"]],
    // A bare address is not a mention; neither is one glued to a word.
    ["mail ann@example.com", []],
    ["x@ann@example.com", []],
    ["@ann", []],
    ["@ann@localhost", []],
    ["", []],
  ])("%j → %j", (body, emails) => {
    expect(extractMentionEmails(body)).toEqual(emails);
  });
});

describe("splitMentions", () => {
  it("cuts at members' mentions only and keeps all the text", () => {
    const body = "Hi @ann@example.com, ask @carol@example.com or @bob.smith+x@news.example.co.uk.";
    expect(splitMentions(body, [ann, bob])).toEqual([
      { text: "Hi " },
      { mention: ann },
      { text: ", ask @carol@example.com or " },
      { mention: bob },
      { text: "." },
    ]);
  });

  it("a body without mentions is one text segment; an empty body none", () => {
    expect(splitMentions("plain", [ann])).toEqual([{ text: "plain" }]);
    expect(splitMentions("", [ann])).toEqual([]);
    expect(splitMentions("@ann@example.com", [ann])).toEqual([{ mention: ann }]);
  });
});
