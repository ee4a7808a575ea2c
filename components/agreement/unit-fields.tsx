import type { DisplayNames } from "@/lib/server/agreement/load-display-names";
import { cn } from "@/lib/cn";

export type UnitFieldSpan = {
  kind: string;
  statusId: string | null;
  claimTypeId: string | null;
  entityId: string | null;
  entityTypeId: string | null;
};

// The fields that agreement compares, as label names; a field that differs
// from the other annotators' is emphasised so the eye finds it.
export function UnitFields({ span, names, differs }: { span: UnitFieldSpan; names: DisplayNames; differs: (field: keyof UnitFieldSpan) => boolean }) {
  const label = (id: string | null) => (id ? (names.labels[id]?.name ?? "Unknown label") : "—");
  const rows: Array<[string, keyof UnitFieldSpan, string]> =
    span.kind === "CLAIM"
      ? [["Status", "statusId", label(span.statusId)], ["Type", "claimTypeId", label(span.claimTypeId)]]
      : [["Entity", "entityId", span.entityId ? (names.entities[span.entityId] ?? "Unknown entity") : "—"], ["Type", "entityTypeId", label(span.entityTypeId)]];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-xs">
      {rows.map(([name, field, value]) => (
        <div key={field} className="contents">
          <dt className="text-muted-foreground">{name}</dt>
          <dd className={cn(differs(field) && "font-semibold text-warning")} data-differs={differs(field) || undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
