import type { ReactNode } from "react";
import { useId } from "react";

type PanelSectionProps = { title: string; description?: ReactNode; action?: ReactNode; children: ReactNode };

// A titled group of the panel (Entities, Evidence…). A group rather than a
// <section> region: a dozen landmarks in one side panel would drown the page's.
export function PanelSection({ title, description, action, children }: PanelSectionProps) {
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId} className="space-y-2 border-t pt-4">
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold">
          {title}
        </h3>
        {action}
      </div>
      {description ? <div className="text-xs text-muted-foreground">{description}</div> : null}
      {children}
    </div>
  );
}
