import { Editor } from "@tiptap/core";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { afterEach, describe, expect, it } from "vitest";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { articleExtensions } from "@/lib/tiptap/extensions";
import { RESTORE_TEXT_META } from "@/lib/tiptap/read-only-text/constants";
import { createReadOnlyTextPlugin } from "@/lib/tiptap/read-only-text/plugins/read-only-text-plugin";
import { annotatableRange } from "@/lib/tiptap/article-selection/utils/annotatable-range";
import { canonicalTextOf } from "@/lib/tiptap/article-selection/utils/canonical-text-of";
import { buildHighlightDecorations } from "@/lib/tiptap/annotation-highlights/utils/build-highlight-decorations";

// Headless editors (no DOM in this environment, so Tiptap leaves them
// unmounted), destroyed after each test.
let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const text = "Zaheer’s visit 😀 to Gujranwala\n\nSecond para\nwith a break";

function load(): Editor {
  editor = new Editor({ extensions: articleExtensions({ locale: "en" }), content: textToDoc(text) });
  return editor;
}

function select(e: Editor, fromOffset: number, toOffset: number) {
  const { state } = e;
  e.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, fromOffset + 1, toOffset + 1)));
}

describe("the annotation editor's extensions", () => {
  it("load the article unchanged and read back its canonical text", () => {
    const e = load();
    expect(canonicalTextOf(e.state.doc)).toBe(text);
    expect(e.getText({ blockSeparator: "\n\n" })).toBe(text);
  });

  it("refuse every change to the text, but not selection changes", () => {
    // Headless Tiptap leaves plugins out of its state until it is mounted, so
    // the plugin goes into a plain ProseMirror state here.
    const e = load();
    const state = EditorState.create({ doc: e.state.doc, plugins: [createReadOnlyTextPlugin({ attributes: {} })] });
    expect(state.apply(state.tr.insertText("typed ", 1)).doc).toBe(state.doc);
    expect(state.apply(state.tr.delete(1, 5)).doc).toBe(state.doc);
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1, 7)));
    expect(selected.selection.from).toBe(1);
    expect(selected.selection.to).toBe(7);
    const restore = state.tr.replaceWith(0, state.doc.content.size, state.doc.content).setMeta(RESTORE_TEXT_META, true);
    expect(state.apply(restore).doc.eq(state.doc)).toBe(true);
  });

  it("widen a selection to whole words for a new annotation, unless exact", () => {
    const e = load();
    const from = text.indexOf("isit");
    const to = text.indexOf("Gujranwala") + 3;
    select(e, from, to);
    const snapped = annotatableRange(e.state, { locale: "en" })!;
    expect(text.slice(snapped.from - 1, snapped.to - 1)).toBe("visit 😀 to Gujranwala");
    const exact = annotatableRange(e.state, { exact: true })!;
    expect(text.slice(exact.from - 1, exact.to - 1)).toBe(text.slice(from, to));
  });

  it("give a cross-paragraph span that includes the block separator", () => {
    const e = load();
    select(e, text.indexOf("Gujranwala"), text.indexOf("Second") + 3);
    const range = annotatableRange(e.state, { locale: "en" })!;
    expect(text.slice(range.from - 1, range.to - 1)).toBe("Gujranwala\n\nSecond");
  });

  it("have no annotatable range for a caret or blanks", () => {
    const e = load();
    select(e, 3, 3);
    expect(annotatableRange(e.state)).toBeNull();
  });
});

describe("buildHighlightDecorations (the fallback renderer)", () => {
  it("makes one inline decoration per span, with its style names as classes, overlapping freely", () => {
    const e = load();
    const set = buildHighlightDecorations(e.state.doc, [
      { id: "claim", from: 1, to: 30, styles: ["cd-claim-x", "cd-selected"] },
      { id: "mention", from: 5, to: 10, styles: ["cd-entity-y"] },
      { id: "outside", from: 1, to: 9999, styles: ["cd-claim-x"] },
      { id: "unstyled", from: 1, to: 3, styles: [] },
    ]);
    const found = set.find();
    expect(found.map((d) => [d.from, d.to, (d.spec as { id: string }).id])).toEqual([
      [1, 30, "claim"],
      [5, 10, "mention"],
    ]);
  });
});
