// A spreadsheet runs a cell that starts with one of these as a formula (CSV
// injection, OWASP): "=HYPERLINK(…)" becomes a live link, "@SUM(…)" a call.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180), spreadsheet-safe: a value starting with = + - @
 * tab or CR gets a leading apostrophe, which spreadsheets show as text and
 * hide; then a value holding a quote, comma or line break is quoted with its
 * quotes doubled. null becomes the empty field. Numbers are written as JSON
 * would (no exponent for the small values exported here); the exported
 * numbers are never negative, so none is altered.
 *
 * The apostrophe changes the stored value: a reader that wants "=1+1" back
 * strips one leading apostrophe from a field whose second character is one of
 * = + - @ tab CR.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
