import type { FieldChange } from "@/lib/review/review-dto";

// Bookkeeping that changes with every write and says nothing about content.
const IGNORED = new Set(["id", "articleId", "kind", "author", "version", "createdAt", "updatedAt", "review", "restoredFromVersion"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Key order does not matter for equality; array order does (evidence order is content).
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

// The fields that differ between two audit snapshots of an annotation, in
// the order the later snapshot lists them (then fields only the earlier one
// has). A missing snapshot (creation) counts as every field absent: creation
// lists the fields that were set. Pure.
export function diffAnnotationSnapshots(before: unknown, after: unknown): FieldChange[] {
  const a = isRecord(before) ? before : {};
  const b = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => !IGNORED.has(key));
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const was = a[field] ?? null;
    const now = b[field] ?? null;
    if (canonical(was) === canonical(now)) continue;
    if (!isRecord(before) && (now === null || now === "" || (Array.isArray(now) && now.length === 0) || now === false)) continue;
    changes.push({ field, before: was, after: now });
  }
  return changes;
}
