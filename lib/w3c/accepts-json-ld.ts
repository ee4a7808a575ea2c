/**
 * Whether an `Accept` header admits JSON-LD, the one representation the
 * server has (the protocol requires JSON-LD with the anno.jsonld profile;
 * Turtle is only a SHOULD). No header, `*\/*`, `application/*`,
 * `application/ld+json` (with any profile) and `application/json` do; a
 * type with q=0 does not. The caller answers 406 otherwise.
 */
export function acceptsJsonLd(header: string | null): boolean {
  if (!header || header.trim() === "") return true;
  return header.split(",").some((range) => {
    const [type, ...params] = range.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    if (q && Number(q.slice(2)) === 0) return false;
    return type === "*/*" || type === "application/*" || type === "application/ld+json" || type === "application/json";
  });
}
