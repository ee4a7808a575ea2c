import { AppError } from "@/lib/errors/app-error";
import type { LabelMappingChoice } from "./annotation-import-types";
import type { ContextLabel } from "./load-import-context";

/**
 * A label mapping may only point at active labels of this project, of a kind
 * the file's label can take (a status for a status, a claim or entity type
 * for a span label).
 */
export function assertLabelMapping(mapping: Readonly<Record<string, LabelMappingChoice>>, labels: readonly ContextLabel[]): void {
  for (const [key, choice] of Object.entries(mapping)) {
    const namespace = key.slice(0, key.indexOf(":"));
    const kind = "labelId" in choice ? labels.find((l) => l.id === choice.labelId)?.kind : "create" in choice ? choice.create.kind : null;
    if ("labelId" in choice && !kind) throw new AppError("BAD_REQUEST", `The label chosen for "${key}" is not an active label of this project.`);
    if (kind === null || kind === undefined) continue;
    const fits = namespace === "span" ? kind !== "VERIFICATION_STATUS" : namespace === kind;
    if (!fits) throw new AppError("BAD_REQUEST", `"${key}" cannot be mapped to a ${kind.toLowerCase().replace("_", " ")} label.`);
  }
}
