import type { CodePointIndex } from "@/lib/anchoring/types";
import type { ClaimCandidate } from "@/lib/suggestions/score-claim-sentences";
import type { NamedEntity } from "@/lib/suggestions/find-named-entities";
import type { RegistryMatch } from "@/lib/suggestions/find-registry-mentions";
import { suggestionKey, type RegistryName, type SuggestionDTO } from "@/lib/suggestions/suggestion-types";

// A span from the project's prediction service, already in code points.
export type ModelSpan = { start: number; end: number; label: string; score: number; entityId: string | null };

export type MergeInput = {
  index: CodePointIndex;
  registry: readonly RegistryName[];
  // UTF-16 offsets (the finders work on JS strings).
  registryMatches: readonly RegistryMatch[];
  named: readonly NamedEntity[];
  // Code points.
  claims: readonly ClaimCandidate[];
  model: { name: string; spans: readonly ModelSpan[] } | null;
  // Spans already annotated (code points): nothing is suggested over them.
  existing: ReadonlyArray<{ kind: SuggestionDTO["kind"]; start: number; end: number }>;
  // Keys (suggestionKey) the person dismissed.
  dismissed: ReadonlySet<string>;
};

const fold = (s: string) => s.normalize("NFKC").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();

// Model labels as entity types: spaCy's PERSON/ORG/GPE/LOC/NORP, or the
// project's own type keys. Claims are "CLAIM".
function typeOfLabel(label: string): string | null {
  const l = label.toLowerCase();
  if (l === "per" || l === "person") return "person";
  if (l === "org" || l === "organization" || l === "organisation" || l === "norp") return "organization";
  if (l === "gpe" || l === "loc" || l === "location" || l === "place" || l === "fac") return "location";
  return l || null;
}

/**
 * One list of suggestions from every suggester, in code points: registry
 * names first (they name an entity for sure), then the project's model,
 * then the taggers; a lower-priority span overlapping a kept one is dropped,
 * and of overlapping tagger spans the longest is kept (its type, else a
 * neighbour's). A tagged name equal to a registry name or alias is linked to
 * that entity. Spans already annotated, and dismissed ones, are left out.
 */
export function mergeSuggestions(input: MergeInput): SuggestionDTO[] {
  const { index } = input;
  const cp = (from: number, to: number) => ({ start: index.toCodePoint(from), end: index.toCodePoint(to) });
  const byName = new Map<string, RegistryName>();
  for (const entry of input.registry) for (const name of entry.names) byName.set(fold(name), entry);

  const mentions: SuggestionDTO[] = [];
  // Code points already covered by a kept mention: an overlap test in the
  // span's length, not in the number of mentions (a long article has thousands).
  const covered = new Uint8Array(index.length + 1);
  const free = (s: { start: number; end: number }, cover: Uint8Array) => {
    for (let i = s.start; i < s.end; i++) if (cover[i]) return false;
    return true;
  };
  const keep = (s: Omit<SuggestionDTO, "key" | "exact" | "kind" | "checkWorthiness">) => {
    if (s.end <= s.start || !free(s, covered)) return;
    covered.fill(1, s.start, s.end);
    mentions.push({ ...s, kind: "ENTITY_MENTION", key: suggestionKey("ENTITY_MENTION", s.start, s.end), exact: index.slice(s.start, s.end), checkWorthiness: null });
  };

  for (const m of input.registryMatches) {
    keep({ ...cp(m.from, m.to), source: "registry", entityId: m.entityId, entityType: m.entityType, score: 0.95, reason: `registry: “${m.name}”` });
  }
  const modelClaims: SuggestionDTO[] = [];
  if (input.model) {
    for (const span of input.model.spans) {
      if (span.start < 0 || span.end > index.length || span.end <= span.start) continue;
      const exact = index.slice(span.start, span.end);
      if (span.label.toUpperCase() === "CLAIM") {
        modelClaims.push({
          key: suggestionKey("CLAIM", span.start, span.end), kind: "CLAIM", start: span.start, end: span.end, exact,
          source: input.model.name, entityId: null, entityType: null, score: span.score,
          reason: `${input.model.name}: CLAIM ${span.score.toFixed(2)}`, checkWorthiness: Math.max(1, Math.min(5, Math.ceil(span.score * 5))),
        });
        continue;
      }
      const known = input.registry.find((e) => e.entityId === span.entityId) ?? byName.get(fold(exact));
      keep({
        start: span.start, end: span.end, source: input.model.name, entityId: known?.entityId ?? null,
        entityType: known?.entityType ?? typeOfLabel(span.label), score: span.score, reason: `${input.model.name}: ${span.label} ${span.score.toFixed(2)}`,
      });
    }
  }
  const tagged = input.named.map((n) => ({ ...n, ...cp(n.from, n.to) })).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // An untyped name takes the type a tagger gave an overlapping span, else
  // the type the same words got elsewhere in the article.
  const typeAt: Array<string | undefined> = new Array(index.length + 1);
  const typeOfWords = new Map<string, string>();
  for (const n of tagged) {
    if (!n.entityType) continue;
    for (let i = n.start; i < n.end; i++) typeAt[i] ??= n.entityType;
    const words = fold(index.slice(n.start, n.end));
    if (!typeOfWords.has(words)) typeOfWords.set(words, n.entityType);
  }
  const typeOver = (n: { start: number; end: number }) => {
    for (let i = n.start; i < n.end; i++) if (typeAt[i]) return typeAt[i]!;
    return typeOfWords.get(fold(index.slice(n.start, n.end))) ?? null;
  };
  for (const n of tagged) {
    const type = n.entityType ?? typeOver(n);
    const known = byName.get(fold(index.slice(n.start, n.end)));
    keep({
      start: n.start, end: n.end, source: n.source, entityId: known?.entityId ?? null, entityType: known?.entityType ?? type,
      score: n.source === "compromise" ? 0.7 : 0.6, reason: `${n.source}: ${type ?? "name"}`,
    });
  }

  const claims: SuggestionDTO[] = [...modelClaims];
  const claimed = new Uint8Array(index.length + 1);
  for (const c of modelClaims) claimed.fill(1, c.start, c.end);
  for (const c of input.claims) {
    if (!free(c, claimed)) continue;
    claims.push({
      key: suggestionKey("CLAIM", c.start, c.end), kind: "CLAIM", start: c.start, end: c.end, exact: c.exact,
      source: "claim-features", entityId: null, entityType: null, score: c.score, reason: c.reason, checkWorthiness: c.checkWorthiness,
    });
  }

  const annotated = { ENTITY_MENTION: new Uint8Array(index.length + 1), CLAIM: new Uint8Array(index.length + 1) };
  for (const e of input.existing) if (e.end <= index.length) annotated[e.kind].fill(1, Math.max(0, e.start), e.end);
  const offered = (s: SuggestionDTO) => !input.dismissed.has(s.key) && free(s, annotated[s.kind]);
  return [...mentions.filter(offered).sort((a, b) => a.start - b.start), ...claims.filter(offered).sort((a, b) => b.score - a.score || a.start - b.start)];
}
