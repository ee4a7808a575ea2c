import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";

type PanelFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  children: ReactNode;
};

// A labelled control with its hint and error; the control takes `id` and is
// described by `${id}-hint` / `${id}-error` (see describedBy).
export function PanelField({ id, label, hint, error, children }: PanelFieldProps) {
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

