import { PluginKey } from "@tiptap/pm/state";

export const READ_ONLY_TEXT_PLUGIN_KEY = new PluginKey("claimdesk__readOnlyText");

// Meta flag of the one transaction allowed to touch the document: putting
// back the same content after an IME composition wrote into the DOM.
export const RESTORE_TEXT_META = "claimdesk__restoreText";
