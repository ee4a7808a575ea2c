// People paste "example.org/report" from the address bar's display; that is
// an https address, so the scheme is added rather than the paste refused.
// Anything with a scheme (or without a dot) is left for the schema to judge.
export function normalizeEvidenceUrl(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "" || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  if (trimmed.startsWith("//")) return `https:${trimmed}`;
  return /^[^\s/]+\.[^\s/]+/.test(trimmed) ? `https://${trimmed}` : trimmed;
}
