// Colours for colleagues' avatars and selection marks: distinct hues that
// read on light and dark backgrounds, picked by a hash of the user id so a
// person keeps their colour across pages and sessions.
const PALETTE = ["#d9480f", "#2f9e44", "#1971c2", "#ae3ec9", "#e8590c", "#0c8599", "#c2255c", "#5f3dc4"] as const;

export function presenceColor(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
