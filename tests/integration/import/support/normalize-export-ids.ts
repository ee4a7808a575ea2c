// Replaces every id in parsed export records by "<kind>#<n>" in order of
// first appearance, and drops content hashes, so two exports of the same data
// under different ids compare equal, and any other difference shows.
const idKeys: Record<string, string> = { id: "id", entity_id: "entity", mention_id: "id" };

export function normalizeExportIds(records: unknown[]): unknown[] {
  const names = new Map<string, string>();
  const name = (kind: string, value: string) => {
    const key = `${kind}:${value}`;
    if (!names.has(key)) names.set(key, `${kind}#${names.size}`);
    return names.get(key)!;
  };
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, path));
    if (typeof value !== "object" || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === "content_hash") continue;
      const kind = path === "entities" && key === "id" ? "entity" : path === "cluster" && key === "id" ? "cluster" : path === "annotator" ? "user" : idKeys[key];
      out[key] = typeof v === "string" && kind ? name(kind, v) : walk(v, key);
    }
    return out;
  };
  return records.map((r) => walk(r, ""));
}
