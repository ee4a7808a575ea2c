import type { PanelLabels } from "@/components/editor/panel/types";

type Props = { labels: PanelLabels };

const swatch = (color: string) => ({ backgroundColor: `color-mix(in srgb, ${color} var(--cd-claim-mix, 30%), transparent)` });

// Drawn with the same text-decoration as the highlight it stands for, on
// transparent letters, so the swatch matches the text exactly.
function Line({ style, color = "var(--muted-foreground)" }: { style: "solid" | "dashed" | "dotted" | "double" | "wavy"; color?: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block w-6 shrink-0 pb-1 leading-none text-transparent select-none"
      style={{ textDecoration: `underline ${style} ${style === "wavy" ? 1.5 : 2}px ${color}`, textUnderlineOffset: "3px" }}
    >
      xxxx
    </span>
  );
}

/** What the colours and lines in the text mean. */
export function HighlightLegend({ labels }: Props) {
  return (
    <div className="annotation-surface grid gap-4 rounded-lg border bg-card p-4 text-xs text-card-foreground sm:grid-cols-3" data-testid="highlight-legend">
      <section>
        <h3 className="mb-2 font-semibold">Claims: fill by status</h3>
        <ul className="space-y-1">
          {labels.statuses.map((status) => (
            <li key={status.id} className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block h-3.5 w-6 rounded-sm" style={swatch(status.color)} />
              {status.name}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3 className="mb-2 font-semibold">Entity mentions: underline by type</h3>
        <ul className="space-y-1">
          {labels.entityTypes.map((type) => (
            <li key={type.id} className="flex items-center gap-2">
              <Line style="solid" color={type.color} />
              {type.name}
              {type.hotkey ? <kbd className="ml-auto rounded border px-1 font-mono text-[0.6875rem] text-muted-foreground">{type.hotkey}</kbd> : null}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3 className="mb-2 font-semibold">Lines</h3>
        <ul className="space-y-1">
          <li className="flex items-center gap-2">
            <Line style="dashed" /> Someone else’s mention (fainter fill: their claim)
          </li>
          <li className="flex items-center gap-2">
            <Line style="dotted" color="var(--warning)" /> Not saved yet
          </li>
          <li className="flex items-center gap-2">
            <Line style="double" color="var(--success)" /> Review: accepted
          </li>
          <li className="flex items-center gap-2">
            <Line style="wavy" color="var(--warning)" /> Review: changes requested
          </li>
          <li className="flex items-center gap-2">
            <Line style="wavy" color="var(--destructive)" /> Review: rejected
          </li>
          <li className="flex items-center gap-2">
            <Line style="solid" color="var(--primary)" /> Selected
          </li>
        </ul>
      </section>
    </div>
  );
}
