import { Extension } from "@tiptap/core";
import { createReadOnlyTextPlugin } from "./plugins/read-only-text-plugin";
import type { ReadOnlyTextOptions } from "./types";

/**
 * Makes an editable view whose text cannot change. `editable: false` would
 * remove the caret and with it keyboard selection (Shift+Arrow), which
 * keyboard-only annotators need; instead the view stays editable and every
 * document change is refused.
 */
export const ReadOnlyText = Extension.create<ReadOnlyTextOptions>({
  name: "readOnlyText",

  addOptions() {
    return {
      attributes: { spellcheck: "false", autocorrect: "off", autocapitalize: "off", inputmode: "none" },
    };
  },

  addProseMirrorPlugins() {
    return [createReadOnlyTextPlugin(this.options)];
  },
});
