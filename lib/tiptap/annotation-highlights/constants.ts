import { PluginKey } from "@tiptap/pm/state";
import type { DecorationSet } from "@tiptap/pm/view";

export const ANNOTATION_HIGHLIGHTS_PLUGIN_KEY = new PluginKey<DecorationSet>("claimdesk__annotationHighlights");
