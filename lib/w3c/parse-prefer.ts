import type { ContainerView } from "./annotation-container-pages";

// The three LDP preferences a W3C annotation container honours (Protocol §4.2).
export const PREFER_MINIMAL_CONTAINER = "http://www.w3.org/ns/ldp#PreferMinimalContainer";
export const PREFER_CONTAINED_IRIS = "http://www.w3.org/ns/oa#PreferContainedIRIs";
export const PREFER_CONTAINED_DESCRIPTIONS = "http://www.w3.org/ns/oa#PreferContainedDescriptions";

export type ContainerPreference = { minimal: boolean; view: ContainerView; applied: boolean };

/**
 * What a `Prefer` header asks of a container GET (RFC 7240 with the LDP
 * `include` parameter, a space-separated list of IRIs), e.g.
 * `return=representation;include="http://www.w3.org/ns/oa#PreferContainedIRIs"`.
 * Minimal wins over both contained preferences; IRIs win over descriptions
 * when both are asked for (the smaller answer). Without a preference the
 * container embeds its first page of full descriptions, which is what the
 * protocol suggests when the client states none. `applied` says whether a
 * preference was understood (the response then names it in
 * Preference-Applied). Anything unparseable is ignored, as RFC 7240 asks.
 */
export function parsePrefer(header: string | null): ContainerPreference {
  const fallback: ContainerPreference = { minimal: false, view: "descriptions", applied: false };
  if (!header) return fallback;
  for (const preference of header.split(",")) {
    const [head, ...params] = splitParams(preference);
    if (head?.toLowerCase() !== "return=representation") continue;
    const include = params.find((p) => p.name === "include")?.value;
    if (include === undefined) continue;
    const iris = include.split(/\s+/).filter(Boolean);
    if (iris.includes(PREFER_MINIMAL_CONTAINER)) return { minimal: true, view: "descriptions", applied: true };
    if (iris.includes(PREFER_CONTAINED_IRIS)) return { minimal: false, view: "iris", applied: true };
    if (iris.includes(PREFER_CONTAINED_DESCRIPTIONS)) return { minimal: false, view: "descriptions", applied: true };
  }
  return fallback;
}

type Param = { name: string; value: string };

// "return=representation; include=\"a b\"" → ["return=representation", {include: "a b"}]; semicolons inside quotes are kept.
function splitParams(preference: string): [string | undefined, ...Param[]] {
  const parts = preference.match(/(?:[^;"]|"[^"]*")+/g)?.map((p) => p.trim()) ?? [];
  const [head, ...rest] = parts;
  const params = rest.map((part) => {
    const at = part.indexOf("=");
    const name = (at === -1 ? part : part.slice(0, at)).trim().toLowerCase();
    const raw = at === -1 ? "" : part.slice(at + 1).trim();
    return { name, value: raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw };
  });
  return [head?.replace(/\s+/g, ""), ...params];
}
