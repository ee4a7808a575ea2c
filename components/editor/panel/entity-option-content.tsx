import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { LabelDot } from "@/components/editor/panel/label-dot";
import type { LabelOption } from "@/components/editor/panel/types";

type EntityOptionContentProps = { entity: EntityDTO; type: LabelOption | undefined; note?: string };

// What tells two "John Smith"s apart: type, aliases and external id.
export function EntityOptionContent({ entity, type, note }: EntityOptionContentProps) {
  return (
    <span className="grid min-w-0 gap-0.5">
      <span className="flex min-w-0 items-center gap-2">
        <span className="truncate font-medium">{entity.name}</span>
        {note ? <span className="shrink-0 text-xs text-muted-foreground">{note}</span> : null}
      </span>
      <span className="flex min-w-0 items-center gap-1.5 text-xs text-muted-foreground">
        <LabelDot color={type?.color} className="size-2" />
        <span className="shrink-0">{type?.name ?? "Unknown type"}</span>
        {entity.externalId ? <span className="shrink-0 font-mono">{entity.externalId}</span> : null}
        {entity.aliases.length > 0 ? <span className="truncate">also {entity.aliases.join(", ")}</span> : null}
      </span>
    </span>
  );
}
