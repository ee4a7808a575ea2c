import type { ClusterStance } from "@/lib/clusters/cluster-dto";
import { cn } from "@/lib/cn";
import { stanceGlyphs, stanceLabels, stanceTone } from "./stance-labels";

export function StanceBadge({ stance, className }: { stance: ClusterStance; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-1 rounded-md border px-1.5 py-0.5 text-xs font-medium", stanceTone[stance], className)}>
      <span aria-hidden="true">{stanceGlyphs[stance]}</span>
      {stanceLabels[stance]}
    </span>
  );
}
