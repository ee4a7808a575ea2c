export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

/**
 * Block-style YAML for a dataset card's front matter. Every string is
 * double-quoted (JSON's escaping, which YAML's double-quoted scalars share,
 * plus the line separators YAML 1.1 readers treat as breaks), so no user
 * text can become a key, a number or a document marker. Keys are written as
 * given and must be plain identifiers.
 */
export function toYaml(value: { [key: string]: YamlValue }): string {
  return `${block(value, 0).join("\n")}\n`;
}

function scalar(value: string | number | boolean | null): string {
  if (value === null) return "null";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("YAML front matter takes finite numbers only.");
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function isScalar(value: YamlValue): value is string | number | boolean | null {
  return value === null || typeof value !== "object";
}

function block(value: YamlValue, depth: number): string[] {
  const pad = "  ".repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}[]`];
    return value.flatMap((item) => {
      if (isScalar(item)) return [`${pad}- ${scalar(item)}`];
      const lines = block(item, depth + 1);
      // The first line of a nested mapping or list goes after the dash.
      return [`${pad}- ${lines[0]!.trimStart()}`, ...lines.slice(1)];
    });
  }
  if (isScalar(value)) return [`${pad}${scalar(value)}`];
  const entries = Object.entries(value);
  if (entries.length === 0) return [`${pad}{}`];
  return entries.flatMap(([key, item]) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`Not a plain YAML key: ${key}`);
    if (isScalar(item)) return [`${pad}${key}: ${scalar(item)}`];
    if (Array.isArray(item) && item.length === 0) return [`${pad}${key}: []`];
    if (!Array.isArray(item) && Object.keys(item).length === 0) return [`${pad}${key}: {}`];
    // Lists under a key are indented one step, which every YAML reader accepts.
    return [`${pad}${key}:`, ...block(item, depth + 1)];
  });
}
