// Words in front of a name that are not the name: a mention is the name
// itself ("Naji Zaheer" in "Dr. Naji Zaheer"), as annotators mark it.
export const LEADING_TITLE =
  /^(?:(?:the|President|Prime Minister|Minister|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|General|Gen\.?|Commander|Chief|Senior|Maulana|Sheikh|Imam|King|Queen|Prince|Senator|Governor|Judge|southern|northern|eastern|western|central)\s+)+/i;

/** The length of the title words at the start of `name`, or 0 when none, or when the title is all there is. */
export function leadingTitleLength(name: string): number {
  const length = LEADING_TITLE.exec(name)?.[0].length ?? 0;
  return length < name.length ? length : 0;
}
