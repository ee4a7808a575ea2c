type SearchParams = Record<string, string | string[] | undefined>;

const count = (raw: string | string[] | undefined): number | null => {
  if (typeof raw !== "string" || !/^\d{1,9}$/.test(raw)) return null;
  return Number(raw);
};

/**
 * `?revised=<revision>&orphaned=<n>` as the revise form sends it, or null
 * when absent or malformed (a hand-edited address shows no notice rather
 * than a wrong one). A revision is at least 2: revision 1 is the import.
 */
export function parseRevisedParams(params: SearchParams): { revision: number; orphaned: number } | null {
  const revision = count(params.revised);
  const orphaned = count(params.orphaned);
  if (revision === null || orphaned === null || revision < 2) return null;
  return { revision, orphaned };
}
