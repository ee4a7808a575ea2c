import Link from "next/link";
import type { AnnotationUnit } from "@/lib/metrics/group-annotation-units";
import type { ComparedAnnotation } from "@/lib/server/agreement/compared-annotation-select";
import type { DisplayNames } from "@/lib/server/agreement/load-display-names";
import type { Coder } from "@/lib/server/agreement/load-coder-names";
import { cn } from "@/lib/cn";
import { Badge } from "@/components/ui/badge";
import { differenceLabel } from "./difference-labels";
import { UnitFields, type UnitFieldSpan } from "./unit-fields";

type Props = { unit: AnnotationUnit<ComparedAnnotation>; coders: Coder[]; names: DisplayNames; editorHref: string };

// One aligned group side by side: a column per annotator with the words they
// marked (and where), and the fields agreement compares.
export function UnitComparison({ unit, coders, names, editorHref }: Props) {
  const present = unit.spans.filter((s): s is ComparedAnnotation => s !== null);
  const differs = (span: ComparedAnnotation) => (field: keyof UnitFieldSpan) => present.some((other) => other[field] !== span[field]);
  const boundaryDiffers = (span: ComparedAnnotation) => present.some((o) => o.start !== span.start || o.end !== span.end);
  return (
    <li className="rounded-lg border p-4" data-testid="agreement-unit" data-differences={unit.differences.join(" ") || "none"}>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <Badge variant={unit.kind === "CLAIM" ? "claim" : "entity"}>{unit.kind === "CLAIM" ? "Claim" : "Mention"}</Badge>
        {unit.differences.length === 0 ? <Badge variant="success">Agree</Badge> : null}
        {unit.differences.map((d) => (
          <Badge key={d} variant="warning">{differenceLabel(d, unit.kind)}</Badge>
        ))}
        <Link href={editorHref} className="ml-auto text-xs text-primary hover:underline">Open in editor</Link>
      </div>
      <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${Math.max(1, coders.length)}, minmax(0, 1fr))` }}>
        {coders.map((coder, i) => {
          const span = unit.spans[i] ?? null;
          return (
            <div key={coder.id} className="flex min-w-0 flex-col gap-1.5">
              <span className="text-xs font-medium text-muted-foreground">{coder.name}</span>
              {span ? (
                <>
                  <blockquote className={cn("border-l-2 pl-2 text-sm", boundaryDiffers(span) ? "border-warning" : "border-border")}>
                    {span.exact}
                  </blockquote>
                  <span className="text-xs text-muted-foreground tabular-nums">characters {span.start}–{span.end}</span>
                  <UnitFields span={span} names={names} differs={differs(span)} />
                </>
              ) : (
                <span className="text-sm text-muted-foreground italic">Not marked</span>
              )}
            </div>
          );
        })}
      </div>
    </li>
  );
}
