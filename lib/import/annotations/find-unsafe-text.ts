import { isSafeText } from "@/lib/validations/safe-string";

/**
 * The path of the first string (value or key) in parsed file data that holds
 * a control character or an unpaired surrogate, or null. Parsers of foreign
 * formats read JSON by hand, so this one pass holds all of them to the rule
 * every schema applies (lib/validations/safe-string.ts). Iterative: file data
 * can nest deeper than the call stack.
 */
export function findUnsafeText(value: unknown): string | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: "" }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === "string") {
      if (!isSafeText(current)) return path || "value";
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }));
    } else if (typeof current === "object" && current !== null) {
      for (const [key, item] of Object.entries(current)) {
        const at = path ? `${path}.${key}` : key;
        if (!isSafeText(key)) return at;
        stack.push({ value: item, path: at });
      }
    }
  }
  return null;
}
