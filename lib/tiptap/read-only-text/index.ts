export { ReadOnlyText } from "./read-only-text";
