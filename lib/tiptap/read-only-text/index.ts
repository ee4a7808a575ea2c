export { READ_ONLY_TEXT_PLUGIN_KEY, RESTORE_TEXT_META } from "./constants";
export { ReadOnlyText } from "./read-only-text";
export type { ReadOnlyTextOptions } from "./types";
