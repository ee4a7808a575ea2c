import { LabelDot } from "@/components/editor/panel/label-dot";
import type { LabelOption } from "@/components/editor/panel/types";

// A label shown as text with its colour; null when unset so rows show a dash.
export function LabelName({ id, options, showRating }: { id: string | null; options: readonly LabelOption[]; showRating?: boolean }) {
  if (id === null) return null;
  const option = options.find((candidate) => candidate.id === id);
  if (!option) return <span className="text-muted-foreground">Archived label</span>;
  return (
    <span className="inline-flex items-center gap-1.5">
      <LabelDot color={option.color} />
      {option.name}
      {showRating && option.rating !== null ? <span className="text-xs text-muted-foreground">(rating {option.rating}/5)</span> : null}
    </span>
  );
}
