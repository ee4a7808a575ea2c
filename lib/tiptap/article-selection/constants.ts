import { PluginKey } from "@tiptap/pm/state";

export const ARTICLE_SELECTION_PLUGIN_KEY = new PluginKey("claimdesk__articleSelection");
