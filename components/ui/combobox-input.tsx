"use client";

import type { ComponentProps } from "react";
import { SearchIcon } from "lucide-react";
import type { useComboboxOptions } from "./use-combobox-options";

type Props = Omit<ComponentProps<"input">, "role" | "onKeyDown"> & { combobox: ReturnType<typeof useComboboxOptions>["inputProps"] };

/** The search field at the top of a combobox dialog (the command palette, the project search): focused on open. */
export function ComboboxInput({ combobox, ...props }: Props) {
  return (
    <div className="flex items-center gap-2 border-b px-3">
      <SearchIcon aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
      <input autoFocus {...combobox} className="h-12 w-full bg-transparent text-sm outline-none placeholder:text-muted-foreground" {...props} />
    </div>
  );
}
