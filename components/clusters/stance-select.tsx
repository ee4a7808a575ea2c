"use client";

import type { ClusterStance } from "@/lib/clusters/cluster-dto";
import { NativeSelect } from "@/components/ui/native-select";
import { cn } from "@/lib/cn";
import { STANCES, stanceLabels } from "./stance-labels";

type StanceSelectProps = {
  value: ClusterStance;
  label: string;
  disabled?: boolean;
  onChange: (stance: ClusterStance) => void;
  className?: string;
};

// A member's stance toward the cluster's statement.
export function StanceSelect({ value, label, disabled, onChange, className }: StanceSelectProps) {
  return (
    <NativeSelect
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as ClusterStance)}
      className={cn("h-7 px-1.5 text-xs", className)}
    >
      {STANCES.map((s) => (
        <option key={s} value={s}>
          {stanceLabels[s]}
        </option>
      ))}
    </NativeSelect>
  );
}
