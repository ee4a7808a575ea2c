// The primary language subtag ("en-US" → "en", "pt_BR" → "pt"), or undefined
// for values that are not a language tag. Articles store one language code,
// which is what per-language tooling (stopwords, tokenisers) keys on.
export function normalizeLanguageTag(value: string | null | undefined): string | undefined {
  const primary = value?.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
