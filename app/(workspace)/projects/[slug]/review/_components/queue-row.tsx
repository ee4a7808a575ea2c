import type { QueueItemDTO } from "@/lib/review/review-dto";
import { ReviewStateBadge } from "@/components/review/review-state-badge";
import { cn } from "@/lib/cn";

type Props = { item: QueueItemDTO; index: number; selected: boolean; decided: boolean; onSelect: () => void };

// One annotation in the queue: its words in a little context, who made it, where.
export function QueueRow({ item, index, selected, decided, onSelect }: Props) {
  return (
    <li data-queue-item={item.id} data-selected={selected || undefined}>
      <button
        type="button"
        onClick={onSelect}
        aria-current={selected ? "true" : undefined}
        tabIndex={-1}
        className={cn(
          "flex w-full flex-col gap-1 rounded-md border px-3 py-2 text-left text-sm transition-colors hover:bg-accent/50",
          selected ? "border-primary bg-accent/60 ring-1 ring-primary" : "bg-card",
          decided && !selected && "opacity-70",
        )}
      >
        <span className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          <span className="tabular-nums">{index + 1}.</span>
          <span className="font-medium text-foreground">{item.author.name}</span>
          <span className="min-w-0 flex-1 truncate">{item.article.title}</span>
          <ReviewStateBadge state={item.reviewState} />
        </span>
        <span className="line-clamp-2">
          <span className="text-muted-foreground">…{item.before}</span>
          <mark className={cn("rounded-sm px-0.5 text-foreground", item.kind === "CLAIM" ? "bg-claim" : "bg-entity")}>{item.exact}</mark>
          <span className="text-muted-foreground">{item.after}…</span>
        </span>
      </button>
    </li>
  );
}
