import { compareCodeUnits } from "./compare-code-units";
import type { ExportLabel } from "./types";

/**
 * The Label Studio labeling config matching `serializeLabelStudio`: one
 * <Labels name="label"> control with every span label the export can write
 * (entity-type keys, "claim-" + claim-type keys, and the untyped "claim" and
 * "entity"), each with the project's display name as its hint.
 */
export function buildLabelStudioConfig(labels: readonly ExportLabel[]): string {
  const values = labels
    .filter((l) => l.kind !== "VERIFICATION_STATUS")
    .map((l) => ({ value: l.kind === "CLAIM_TYPE" ? `claim-${l.key}` : l.key, hint: l.name }))
    .sort((a, b) => compareCodeUnits(a.value, b.value));
  const lines = [...values, { value: "claim", hint: "Claim" }, { value: "entity", hint: "Entity" }].map(
    (v) => `    <Label value="${escapeXml(v.value)}" hint="${escapeXml(v.hint)}"/>`,
  );
  return ["<View>", '  <Labels name="label" toName="text">', ...lines, "  </Labels>", '  <Text name="text" value="$text"/>', "</View>", ""].join("\n");
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
