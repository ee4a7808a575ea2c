import { parseDateText } from "./parse-date-text";

/**
 * A publication date from metadata as ISO 8601: full timestamps (with a zone)
 * become UTC instants, anything else the calendar date it spells; undefined
 * when it spells none. A timestamp without a zone is read as a date only,
 * since its hour would depend on the server's time zone.
 */
export function normalizePublishedAt(value: string | null | undefined): string | undefined {
  const text = value?.trim() ?? "";
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return parseDateText(text.replace(/T.*$/, "")) ?? parseDateText(text);
}
