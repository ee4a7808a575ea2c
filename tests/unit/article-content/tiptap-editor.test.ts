import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { afterEach, describe, expect, it } from "vitest";
import { codePointToUtf16Offset } from "@/lib/article-content/code-point-to-utf16-offset";
import { docPosToTextOffset } from "@/lib/article-content/doc-pos-to-text-offset";
import { docToText } from "@/lib/article-content/doc-to-text";
import { textOffsetToDocPos } from "@/lib/article-content/text-offset-to-doc-pos";
import { textToDoc } from "@/lib/article-content/text-to-doc";

// A real headless editor (no `document` in the node test environment, so
// Tiptap creates it unmounted): the JSON we produce must load without being
// normalised away, and the editor's own text must equal the canonical text.
let editor: Editor | undefined;

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

function load(text: string, blocks?: Parameters<typeof textToDoc>[1]): Editor {
  editor = new Editor({ extensions: [StarterKit], content: textToDoc(text, blocks), editable: false });
  return editor;
}

const sample = "Zaheer’s visit 😀\n\n𝔘nicode e\u0301\u00a0line one\nline two\n\n\n\nafter an empty block";

describe("textToDoc in a headless Tiptap editor", () => {
  it("loads unchanged and reads back the canonical text", () => {
    const doc = textToDoc(sample, [{ text: "Zaheer’s visit 😀", kind: "heading", level: 2 }]);
    const loaded = load(sample, [{ text: "Zaheer’s visit 😀", kind: "heading", level: 2 }]);
    expect(loaded.getJSON()).toEqual(doc);
    expect(docToText(loaded.getJSON())).toBe(sample);
    expect(loaded.getText({ blockSeparator: "\n\n" })).toBe(sample);
  });

  it("gives the canonical substring between mapped positions for every code-point pair", () => {
    const { doc } = load(sample).state;
    const codePoints = [...sample].length;
    // UTF-16 layout: "Zaheer’s visit 😀" is 0..17 (the emoji takes two units),
    // separator 17..19; the second block is 19..48 (𝔘 takes two), separator
    // 48..50; the empty block is at 50, separator 50..52; the last block
    // starts at 52. The middles of the separators are 18, 49 and 51.
    const insideSeparator = new Set([18, 49, 51]);
    expect([...insideSeparator].map((u) => sample.slice(u - 1, u + 1))).toEqual(["\n\n", "\n\n", "\n\n"]);
    let pairs = 0;
    for (let from = 0; from <= codePoints; from++) {
      for (let to = from; to <= codePoints; to++) {
        const a = codePointToUtf16Offset(sample, from);
        const b = codePointToUtf16Offset(sample, to);
        if (insideSeparator.has(a) || insideSeparator.has(b)) continue;
        const between = doc.textBetween(textOffsetToDocPos(sample, a), textOffsetToDocPos(sample, b), "\n\n", "\n");
        expect(between).toBe(sample.slice(a, b));
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });

  it("maps an editor selection back to the canonical offsets", () => {
    const loaded = load(sample);
    const start = sample.indexOf("line two");
    const from = textOffsetToDocPos(sample, start);
    const to = textOffsetToDocPos(sample, start + "line two".length);
    loaded.commands.setTextSelection({ from, to });
    const { selection } = loaded.state;
    expect(loaded.state.doc.textBetween(selection.from, selection.to)).toBe("line two");
    expect(docPosToTextOffset(sample, selection.from)).toBe(start);
  });
});

describe("the demo corpus in a headless Tiptap editor", () => {
  const corpus = join(__dirname, "../../../prisma/seed-data/corpus");
  for (const name of ["article-000.txt", "article-001.txt", "article-002.txt", "article-003.txt", "article-004.txt"]) {
    it(`${name}: raw file text survives the editor exactly`, () => {
      const text = readFileSync(join(corpus, name), "utf8");
      const loaded = load(text);
      expect(loaded.getText({ blockSeparator: "\n\n" })).toBe(text);
      expect(docToText(loaded.getJSON())).toBe(text);
      expect(loaded.state.doc.content.size).toBe(text.length + 2);
    });
  }
});
