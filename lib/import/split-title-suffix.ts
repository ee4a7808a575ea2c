const SEPARATORS = [" – ", " — ", " | ", " - ", " :: ", " · "];
// Outlet names are capitalised words, allowing a few lowercase connectors
// ("Times of India", "Dawn.com").
const OUTLET = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*|of|the|and|on|&)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*|of|the|and|on|&)){0,4}$/u;

/**
 * Splits "Headline – Outlet" into its parts, as page titles and scraped
 * headlines often carry the site name after a dash or bar. Only a short,
 * capitalised suffix after a headline of at least three words counts;
 * "Pakistan – a failed state?" stays whole.
 */
export function splitTitleSuffix(raw: string): { title: string; outlet?: string } {
  const text = raw.trim();
  let best: { title: string; outlet: string } | undefined;
  for (const separator of SEPARATORS) {
    const at = text.lastIndexOf(separator);
    if (at <= 0) continue;
    const title = text.slice(0, at).trim();
    const outlet = text.slice(at + separator.length).trim();
    if (outlet.length > 40 || !OUTLET.test(outlet) || title.split(/\s+/).length < 3) continue;
    if (!best || title.length > best.title.length) best = { title, outlet };
  }
  return best ?? { title: text };
}
