/**
 * Up to two initials for an avatar fallback: first and last word of the name,
 * or the first letter of the e-mail's local part when there is no name.
 * Uses code points, not UTF-16 units, so names starting with astral
 * characters are not cut in half.
 */
export function getInitials(name: string, email?: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const initials = [first, last]
    .map((word) => (word ? Array.from(word)[0] : undefined))
    .filter((char): char is string => char !== undefined)
    .join("");
  if (initials) return initials.toLocaleUpperCase();
  const fromEmail = email ? Array.from(email.trim())[0] : undefined;
  return (fromEmail ?? "?").toLocaleUpperCase();
}
