"use client";

import { PlusIcon } from "lucide-react";
import { cn } from "@/lib/cn";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { EntityOptionContent } from "@/components/editor/panel/entity-option-content";
import type { LabelOption } from "@/components/editor/panel/types";

export type EntityPickerOption = { kind: "entity"; entity: EntityDTO } | { kind: "create"; name: string };

type EntityResultListProps = {
  id: string;
  label: string;
  options: readonly EntityPickerOption[];
  activeIndex: number;
  optionId: (index: number) => string;
  hidden: boolean;
  // False while the results answer an older query: dimmed, and busy for screen readers.
  fresh: boolean;
  // Names equal to the query exist: creating one more is then a deliberate homonym.
  sameName: boolean;
  linkedIds?: ReadonlySet<string>;
  typeOf: (entity: EntityDTO) => LabelOption | undefined;
  onActivate: (index: number) => void;
  onChoose: (option: EntityPickerOption) => void;
};

// The combobox's listbox. Focus never leaves the input; the active option is
// announced through aria-activedescendant.
export function EntityResultList(props: EntityResultListProps) {
  const { id, label, options, activeIndex, optionId, hidden, fresh, sameName, linkedIds, typeOf, onActivate, onChoose } = props;
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={`${label}: results`}
      aria-busy={!fresh}
      hidden={hidden}
      className="max-h-72 overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-sm"
    >
      {options.map((option, index) => (
        <li
          key={option.kind === "entity" ? option.entity.id : "create"}
          id={optionId(index)}
          role="option"
          aria-selected={index === activeIndex}
          // Keep focus in the input: a click must not blur (and close) the list first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(option)}
          onMouseMove={() => onActivate(index)}
          className={cn(
            "flex cursor-pointer items-center gap-2 rounded-sm px-2 py-1.5 text-sm",
            index === activeIndex && "bg-accent text-accent-foreground",
            option.kind === "entity" && !fresh && "opacity-60",
          )}
        >
          {option.kind === "entity" ? (
            <EntityOptionContent
              entity={option.entity}
              type={typeOf(option.entity)}
              note={linkedIds?.has(option.entity.id) ? "linked" : undefined}
            />
          ) : (
            <>
              <PlusIcon aria-hidden="true" className="size-4 shrink-0" />
              <span className="min-w-0 truncate">
                {sameName ? "Create another" : "Create"} “{option.name}”
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
