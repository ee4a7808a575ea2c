const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
// A trailing clock time and zone, as site headers print them ("10:32 AM IST").
const TIME = String.raw`(?:\s*(?:,|\||at|-|–|—)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/;
const MDY = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+${DAY},?\s+(\d{4})${TIME}$`);
const DMY = new RegExp(String.raw`^${WEEKDAY}${DAY}\s+${MONTH},?\s+(\d{4})${TIME}$`);

/**
 * The calendar date ("YYYY-MM-DD") a whole string spells, or undefined.
 * Accepts ISO dates (with optional time) and English long dates with an
 * optional weekday and clock time: "Sunday, February 22, 2026",
 * "22 Feb 2026, 10:32 IST". Numeric day/month orders ("07/01/2026") are
 * refused: which one is the month cannot be known from the text.
 */
export function parseDateText(input: string): string | undefined {
  const text = input.trim().toLowerCase().replace(/\s+/g, " ");
  const iso = ISO.exec(text);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MDY.exec(text);
  if (mdy) return toIsoDate(Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2]));
  const dmy = DMY.exec(text);
  if (dmy) return toIsoDate(Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1]));
  return undefined;
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? "").slice(0, 3)) + 1;
}

function toIsoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  // Day 0 of the next month is the last day of this one (UTC: no DST drift).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
