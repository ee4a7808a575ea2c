import { cn } from "@/lib/cn";
import { STANCES, stanceDescriptions, stanceGlyphs, stanceLabels, stanceTone } from "./stance-labels";

// What the matrix's glyphs mean, always on screen above it.
export function CoverageLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-5 gap-y-2 text-xs text-muted-foreground">
      {STANCES.map((stance) => (
        <li key={stance} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={cn("inline-flex size-5 items-center justify-center rounded-full border text-[0.7rem]", stanceTone[stance])}>
            {stanceGlyphs[stance]}
          </span>
          <span>
            <span className="font-medium text-foreground">{stanceLabels[stance]}</span> — {stanceDescriptions[stance]}
          </span>
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-flex size-5 rounded-full border ring-2 ring-rose-500 ring-offset-1 ring-offset-background" />
        <span>Conflicting details</span>
      </li>
      <li className="inline-flex items-center gap-1.5">
        <span aria-hidden="true">·</span>
        <span>Not reported</span>
      </li>
    </ul>
  );
}
