import type { ImportBlockDTO } from "@/lib/server/article-import/article-import-types";
import { cn } from "@/lib/cn";

type Props = { block: ImportBlockDTO; kept: boolean; onToggle: (keep: boolean) => void };

// A block of the source with the classifier's reason and the user's keep/drop choice.
export function ImportBlockRow({ block, kept, onToggle }: Props) {
  return (
    <li className={cn("flex items-start gap-3 rounded-md border p-2 text-sm", !kept && "bg-muted/40")}>
      <label className="flex shrink-0 items-center gap-1.5 pt-0.5 text-xs font-medium">
        <input type="checkbox" className="size-4 accent-primary" checked={kept} onChange={(e) => onToggle(e.target.checked)} />
        Keep
      </label>
      <div className="min-w-0 space-y-0.5">
        <p className={cn("line-clamp-3 break-words", !kept && "text-muted-foreground line-through decoration-muted-foreground/50")}>{block.text}</p>
        <p className="text-xs text-muted-foreground">
          {block.reason}
          {kept !== block.kept ? (kept ? " — kept by you" : " — dropped by you") : ""}
        </p>
      </div>
    </li>
  );
}
