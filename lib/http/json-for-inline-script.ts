/**
 * JSON for the inside of an inline <script>: the HTML parser ends the
 * element at the first "</script" whatever JavaScript thinks is a string,
 * and "<!--" changes how it reads the rest, so every "<" (and ">" and "&",
 * for older parsers' sake) is written as its \u escape, which JavaScript
 * reads back as the same character. U+2028 and U+2029 are escaped as well:
 * JSON allows them raw, JavaScript before ES2019 did not.
 */
export function jsonForInlineScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
