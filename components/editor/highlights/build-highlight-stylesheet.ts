import type { LabelOption, PanelLabels } from "@/components/editor/panel/types";
import { HIGHLIGHT_STYLE, OTHERS_SUFFIX, REVIEW_STYLES, claimStyleName, mentionStyleName } from "./highlight-style-names";
import { highlightRule } from "./highlight-rule";

const HEX = /^#[0-9a-f]{6}$/i;
// Label colours are validated as #rrggbb when saved; anything else (an old
// row, a hand-edited database) falls back to neutral rather than into CSS.
const safeColor = (label: LabelOption) => (HEX.test(label.color) ? label.color : "#64748b");


/**
 * The stylesheet for every highlight style. Fills are the label's colour
 * mixed into transparency so text stays readable and overlapping spans
 * visibly stack; the mix ratios are custom properties, stronger in dark
 * mode where tints read weaker. Only `background-color`, `color` and
 * `text-decoration` apply to highlights, so shape is carried by underline
 * styles: solid for mine, dashed for others', dotted for unsaved, wavy and
 * double for review states.
 */
export function buildHighlightStylesheet(labels: PanelLabels, scope = ".annotation-surface", rule = highlightRule): string {
  const rules: string[] = [
    `${scope} { --cd-claim-mix: 30%; --cd-claim-other-mix: 15%; --cd-entity-mix: 12%; --cd-entity-other-mix: 6%; }`,
    `.dark ${scope} { --cd-claim-mix: 42%; --cd-claim-other-mix: 24%; --cd-entity-mix: 22%; --cd-entity-other-mix: 12%; }`,
  ];
  const claim = (name: string, color: string) => {
    rules.push(rule(name, `background-color: color-mix(in srgb, ${color} var(--cd-claim-mix), transparent);`));
    rules.push(rule(name + OTHERS_SUFFIX, `background-color: color-mix(in srgb, ${color} var(--cd-claim-other-mix), transparent);`));
  };
  const mention = (name: string, color: string) => {
    const fill = (mix: string) => `background-color: color-mix(in srgb, ${color} var(${mix}), transparent);`;
    rules.push(rule(name, `${fill("--cd-entity-mix")} text-decoration: underline solid 2px ${color};`));
    rules.push(rule(name + OTHERS_SUFFIX, `${fill("--cd-entity-other-mix")} text-decoration: underline dashed 2px ${color};`));
  };
  claim(HIGHLIGHT_STYLE.claimNoStatus, "var(--claim-border)");
  labels.statuses.forEach((label, i) => claim(claimStyleName(i), safeColor(label)));
  mention(HIGHLIGHT_STYLE.mentionNoType, "var(--entity-border)");
  labels.entityTypes.forEach((label, i) => mention(mentionStyleName(i), safeColor(label)));
  rules.push(rule(REVIEW_STYLES.ACCEPTED!, "text-decoration: underline double 2px var(--success);"));
  rules.push(rule(REVIEW_STYLES.CHANGES_REQUESTED!, "text-decoration: underline wavy 1.5px var(--warning);"));
  rules.push(rule(REVIEW_STYLES.REJECTED!, "text-decoration: underline wavy 1.5px var(--destructive);"));
  rules.push(rule(HIGHLIGHT_STYLE.unsaved, "text-decoration: underline dotted 2px var(--warning);"));
  rules.push(rule(HIGHLIGHT_STYLE.hover, "background-color: color-mix(in oklab, var(--foreground) 10%, transparent);"));
  rules.push(
    rule(
      HIGHLIGHT_STYLE.selected,
      "background-color: color-mix(in oklab, var(--primary) 24%, transparent); text-decoration: underline solid 2px var(--primary);",
    ),
  );
  return rules.join("\n");
}
