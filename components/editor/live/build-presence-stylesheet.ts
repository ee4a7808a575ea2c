import type { Colleague } from "./colleagues-of";
import { presenceColor } from "./presence-color";

/**
 * Marks the annotations colleagues have selected, in their colour, on the
 * list rows (which carry data-annotation-id). CSS attribute selectors with
 * the id JSON-quoted, so no id can break out of the rule.
 */
export function buildPresenceStylesheet(colleagues: readonly Colleague[]): string {
  const rules: string[] = [];
  for (const colleague of colleagues) {
    const color = presenceColor(colleague.userId);
    for (const id of colleague.selectedAnnotationIds) {
      rules.push(`[data-annotation-id=${JSON.stringify(id).replace(/</g, "\\3c ")}]{outline:2px solid ${color};outline-offset:-2px;}`);
    }
  }
  return rules.join("\n");
}
