import type { LabelOption, PanelLabels } from "@/components/editor/panel/types";

type LabelRow = { id: string; kind: "CLAIM_TYPE" | "ENTITY_TYPE" | "VERIFICATION_STATUS"; key: string; name: string; color: string; rating: number | null; hotkey: string | null };

/** The project's live labels (in schema order) as the editor and panel take them. */
export function toPanelLabels(rows: readonly LabelRow[]): PanelLabels {
  const of = (kind: LabelRow["kind"]): LabelOption[] =>
    rows.filter((row) => row.kind === kind).map(({ id, key, name, color, rating, hotkey }) => ({ id, key, name, color, rating, hotkey }));
  return { claimTypes: of("CLAIM_TYPE"), statuses: of("VERIFICATION_STATUS"), entityTypes: of("ENTITY_TYPE") };
}
