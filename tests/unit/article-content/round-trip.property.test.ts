import { getSchema } from "@tiptap/core";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointToUtf16Offset } from "@/lib/article-content/code-point-to-utf16-offset";
import { docPosToTextOffset } from "@/lib/article-content/doc-pos-to-text-offset";
import { docToText } from "@/lib/article-content/doc-to-text";
import { textOffsetToDocPos } from "@/lib/article-content/text-offset-to-doc-pos";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { utf16ToCodePointOffset } from "@/lib/article-content/utf16-to-code-point-offset";

const schema = getSchema([StarterKit]);

// Texts built from the pieces that matter for the mapping: line breaks (so
// separators, hardBreaks and empty paragraphs), astral characters, combining
// marks, non-breaking spaces and ordinary letters.
const articleText = fc
  .array(fc.constantFrom("a", "B", " ", "\n", "\n\n", "😀", "𝔘", "e\u0301", "\u00a0", "’", "."), { maxLength: 40 })
  .map((pieces) => pieces.join(""));

// Offsets strictly inside a "\n\n" separator: the only offsets with no
// position inside a textblock (see textOffsetToDocPos).
function separatorMiddles(text: string): Set<number> {
  const middles = new Set<number>();
  let start = 0;
  const parts = text.split("\n\n");
  parts.forEach((part, i) => {
    if (i < parts.length - 1) middles.add(start + part.length + 1);
    start += part.length + 2;
  });
  return middles;
}

describe("textToDoc / docToText round trip", () => {
  it("is exact for any string, including lone surrogates", () => {
    fc.assert(
      fc.property(fc.oneof(articleText, fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), (text) => {
        expect(docToText(textToDoc(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("produces documents valid in the StarterKit schema whose text and size match", () => {
    fc.assert(
      fc.property(fc.oneof(articleText, fc.string({ unit: "binary" })), (text) => {
        const doc = ProseMirrorNode.fromJSON(schema, textToDoc(text));
        doc.check();
        expect(doc.content.size).toBe(text.length + 2);
        expect(doc.textBetween(0, doc.content.size, "\n\n", "\n")).toBe(text);
        expect(docToText(doc.toJSON())).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("offset mapping against ProseMirror", () => {
  it("gives the canonical substring for every pair of code-point offsets outside separators", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const doc = ProseMirrorNode.fromJSON(schema, textToDoc(text));
        const middles = separatorMiddles(text);
        const codePoints = [...text].length;
        for (let from = 0; from <= codePoints; from++) {
          const fromU16 = codePointToUtf16Offset(text, from);
          if (middles.has(fromU16)) continue;
          for (let to = from; to <= codePoints; to++) {
            const toU16 = codePointToUtf16Offset(text, to);
            if (middles.has(toU16)) continue;
            const between = doc.textBetween(
              textOffsetToDocPos(text, fromU16),
              textOffsetToDocPos(text, toU16),
              "\n\n",
              "\n",
            );
            expect(between).toBe(text.slice(fromU16, toU16));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("maps every offset outside separators into a textblock and back", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const doc = ProseMirrorNode.fromJSON(schema, textToDoc(text));
        const middles = separatorMiddles(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const pos = textOffsetToDocPos(text, offset);
          expect(docPosToTextOffset(text, pos)).toBe(offset);
          expect(doc.resolve(pos).parent.isTextblock).toBe(!middles.has(offset));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with ProseMirror on the text before every position inside a textblock", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const doc = ProseMirrorNode.fromJSON(schema, textToDoc(text));
        for (let pos = 0; pos <= doc.content.size; pos++) {
          if (!doc.resolve(pos).parent.isTextblock) continue;
          expect(docPosToTextOffset(text, pos)).toBe(doc.textBetween(0, pos, "\n\n", "\n").length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("code-point conversion", () => {
  it("round-trips and agrees with iterating the string by code point", () => {
    fc.assert(
      fc.property(fc.oneof(articleText, fc.string({ unit: "binary" })), (text) => {
        const codePoints = [...text];
        for (let cp = 0; cp <= codePoints.length; cp++) {
          const u16 = codePointToUtf16Offset(text, cp);
          expect(u16).toBe(codePoints.slice(0, cp).join("").length);
          expect(utf16ToCodePointOffset(text, u16)).toBe(cp);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
