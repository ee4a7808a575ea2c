import type { LabelSchemaRow } from "@/lib/server/label/list-label-schema";
import { cn } from "@/lib/cn";

type Props = { label: Pick<LabelSchemaRow, "name" | "key" | "color" | "description" | "hotkey" | "rating">; muted?: boolean };

// A label's line in the schema: swatch, name, key, and its hotkey or rating.
// Shared by the read-only list and the owner's editor.
export function LabelSummary({ label, muted = false }: Props) {
  return (
    <div className={cn("flex min-w-0 flex-1 items-center gap-2 text-sm", muted && "text-muted-foreground")}>
      <span className="size-3 shrink-0 rounded-full border border-black/10" style={{ backgroundColor: label.color }} aria-hidden="true" />
      <div className="min-w-0">
        <p className="truncate">
          <span className="font-medium">{label.name}</span>{" "}
          <code className="font-mono text-xs text-muted-foreground">{label.key}</code>
        </p>
        {label.description ? <p className="truncate text-xs text-muted-foreground">{label.description}</p> : null}
      </div>
      {label.hotkey ? (
        <kbd className="ml-auto shrink-0 rounded border px-1.5 text-xs text-muted-foreground" title={`Hotkey ${label.hotkey}`}>
          <span className="sr-only">hotkey </span>
          {label.hotkey}
        </kbd>
      ) : null}
      {label.rating != null ? (
        <span className="ml-auto shrink-0 text-xs text-muted-foreground">
          <span className="sr-only">rating </span>
          {label.rating}/5
        </span>
      ) : null}
    </div>
  );
}
