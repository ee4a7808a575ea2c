// A new cluster's working title: the claim's words, cut at a word boundary
// near 80 characters (people rename it on the cluster page).
export function clusterTitleOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= 80) return flat;
  const cut = flat.slice(0, 80);
  // A cut that falls just before a space already ends on a whole word.
  const space = flat[80] === " " ? 80 : cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
