"use client";

import { useMemo, useState } from "react";
import { useComboboxOptions } from "@/components/ui/use-combobox-options";
import { ComboboxInput } from "@/components/ui/combobox-input";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { cn } from "@/lib/cn";

export type PaletteCommand = {
  id: string;
  group: string;
  label: string;
  /** A key to show beside the label (the command's own shortcut). */
  shortcut?: string;
  /** Extra words the command is found by. */
  keywords?: string;
  run: () => void;
};

type Props = { open: boolean; onOpenChange: (open: boolean) => void; commands: readonly PaletteCommand[] };

const LIMIT = 60;
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();

function matching(commands: readonly PaletteCommand[], query: string): PaletteCommand[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return commands.slice(0, LIMIT);
  return commands.filter((c) => {
    const haystack = fold(`${c.label} ${c.group} ${c.keywords ?? ""}`);
    return words.every((w) => haystack.includes(w));
  }).slice(0, LIMIT);
}

/**
 * Ctrl/Cmd+K: every editor action by name — create from the selection, go
 * to an annotation by its words, switch layers, undo. A combobox over a
 * listbox (arrow keys move, Enter runs), so it works the same by keyboard,
 * mouse and screen reader.
 */
export function CommandPalette({ open, onOpenChange, commands }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent showCloseButton={false} className="top-[20%] translate-y-0 gap-0 overflow-hidden p-0 sm:max-w-xl" aria-describedby={undefined}>
        {open ? <PaletteBody commands={commands} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function PaletteBody({ commands, onDone }: { commands: readonly PaletteCommand[]; onDone: () => void }) {
  const [query, setQuery] = useState("");
  const shown = useMemo(() => matching(commands, query), [commands, query]);
  const groups = useMemo(() => {
    const byGroup = new Map<string, PaletteCommand[]>();
    for (const command of shown) byGroup.set(command.group, [...(byGroup.get(command.group) ?? []), command]);
    return [...byGroup];
  }, [shown]);

  const run = (command: PaletteCommand | undefined) => {
    if (!command) return;
    onDone();
    command.run();
  };
  const { listId, current, optionId, setActive, reset, inputProps } = useComboboxOptions(shown, run);

  return (
    <>
      <DialogTitle className="sr-only">Commands</DialogTitle>
      <DialogDescription className="sr-only">Type to filter, use the arrow keys to choose, Enter to run.</DialogDescription>
      <ComboboxInput
        combobox={inputProps}
        aria-label="Command"
        placeholder="Create, go to an annotation, show layers…"
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          reset();
        }}
      />
      <div id={listId} role="listbox" aria-label="Commands" className="max-h-[min(24rem,60dvh)] overflow-y-auto p-1">
        {shown.length === 0 ? <p className="px-3 py-6 text-center text-sm text-muted-foreground">No matching command.</p> : null}
        {groups.map(([group, items]) => (
          <div key={group} role="group" aria-label={group}>
            <div aria-hidden="true" className="px-2 pb-1 pt-2 text-xs font-medium text-muted-foreground">
              {group}
            </div>
            {items.map((command) => {
              const index = shown.indexOf(command);
              const isActive = index === current;
              return (
                <div
                  key={command.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={isActive}
                  className={cn("flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm", isActive && "bg-accent text-accent-foreground")}
                  onMouseMove={() => setActive(index)}
                  onClick={() => run(command)}
                >
                  <span className="min-w-0 flex-1 truncate">{command.label}</span>
                  {command.shortcut ? <kbd className="rounded border px-1.5 font-mono text-[0.6875rem] text-muted-foreground">{command.shortcut}</kbd> : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </>
  );
}
