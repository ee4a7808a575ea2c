const MAX = 140;

// The start of a comment for a notification line.
export function commentExcerpt(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  return chars.length <= MAX ? flat : `${chars.slice(0, MAX - 1).join("")}…`;
}
