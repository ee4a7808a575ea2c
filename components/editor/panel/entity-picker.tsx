"use client";

import { useId, useRef, useState } from "react";
import type { KeyboardEvent, RefObject } from "react";
import { PlusIcon, SearchIcon } from "lucide-react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { useEntitySearch } from "@/components/editor/panel/use-entity-search";
import { CreateEntityForm } from "@/components/editor/panel/create-entity-form";
import { EntityOptionContent } from "@/components/editor/panel/entity-option-content";
import type { LabelOption } from "@/components/editor/panel/types";

type EntityPickerProps = {
  projectSlug: string;
  entityTypes: readonly LabelOption[];
  label: string;
  // Search only this type (a mention's), with a checkbox to widen the search.
  typeId?: string | null;
  // Already linked: marked in the results, still pickable (a second role).
  linkedIds?: ReadonlySet<string>;
  createLabel: string;
  onPick: (entity: EntityDTO) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
};

type Option = { kind: "entity"; entity: EntityDTO } | { kind: "create"; name: string };

// An ARIA 1.2 combobox over the project's entity registry: type to search,
// arrows to move, Enter to pick; the last option creates a new entity from
// the text typed, in a form that opens in place.
export function EntityPicker({ projectSlug, entityTypes, label, typeId, linkedIds, createLabel, onPick, inputRef }: EntityPickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const fallbackRef = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? fallbackRef;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [onlyType, setOnlyType] = useState(true);
  const [creating, setCreating] = useState<string | null>(null);
  const searchTypeId = typeId && onlyType ? typeId : null;
  const search = useEntitySearch(projectSlug, query, searchTypeId, open);
  const q = query.trim();
  const fresh = search.status === "done" && search.query === q && search.typeId === searchTypeId;
  const typeOf = (entity: EntityDTO) => entityTypes.find((type) => type.id === entity.typeId);
  const restrictedType = typeId ? entityTypes.find((type) => type.id === typeId) : undefined;

  const options: Option[] = search.results.map((entity) => ({ kind: "entity", entity }));
  if (q !== "") options.push({ kind: "create", name: q });
  const activeIndex = Math.min(active, options.length - 1);
  const sameName = search.results.some((entity) => entity.name.toLocaleLowerCase() === q.toLocaleLowerCase());

  function focusInput() {
    ref.current?.focus();
  }

  function choose(option: Option) {
    if (option.kind === "create") {
      setCreating(option.name);
      setOpen(false);
      return;
    }
    onPick(option.entity);
    setQuery("");
    setOpen(false);
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + options.length) % Math.max(options.length, 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const option = options[activeIndex];
      // Results for an older query would link the wrong entity; the create option is always current.
      if (open && option && (option.kind === "create" || fresh)) choose(option);
    } else if (event.key === "Escape") {
      if (!open && query === "") return;
      // Escape closes the list (then clears it) before it may close the panel.
      event.preventDefault();
      event.stopPropagation();
      if (open) setOpen(false);
      else setQuery("");
    }
  }

  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = open && options.length > 0;

  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-input`} className="text-sm font-medium leading-none">
        {label}
      </label>
      <div className="relative">
        <SearchIcon aria-hidden="true" className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          ref={ref}
          id={`${id}-input`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && options[activeIndex] ? optionId(activeIndex) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          placeholder={restrictedType && onlyType ? `Search ${restrictedType.name.toLocaleLowerCase()} entities…` : "Search entities…"}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={keyDown}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          className="pl-8"
        />
      </div>
      <p id={`${id}-hint`} className="sr-only">
        Type to search the project&apos;s entities; use the arrow keys and Enter to choose.
      </p>
      {typeId && restrictedType ? (
        <label className="flex items-center gap-2 text-xs text-muted-foreground">
          <input type="checkbox" checked={onlyType} onChange={(event) => setOnlyType(event.currentTarget.checked)} className="accent-primary" />
          Only {restrictedType.name.toLocaleLowerCase()} entities
        </label>
      ) : null}
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: results`}
        aria-busy={!fresh}
        hidden={!expanded}
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
            onClick={() => choose(option)}
            onMouseMove={() => setActive(index)}
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
      <p role="status" className={cn("text-xs text-muted-foreground", !open && "sr-only")}>
        {open ? searchMessage(search.status, fresh, search.results.length, q) : ""}
      </p>
      {open && search.status === "failed" ? (
        <p role="alert" className="text-xs text-destructive">
          Search failed: {search.error}
        </p>
      ) : null}
      {creating !== null ? (
        <CreateEntityForm
          projectSlug={projectSlug}
          entityTypes={entityTypes}
          initialName={creating}
          initialTypeId={typeId ?? null}
          submitLabel={createLabel}
          onCreated={(entity) => {
            setCreating(null);
            setQuery("");
            onPick(entity);
            focusInput();
          }}
          onCancel={() => {
            setCreating(null);
            focusInput();
          }}
        />
      ) : null}
    </div>
  );
}

function searchMessage(status: string, fresh: boolean, count: number, q: string): string {
  if (status === "failed") return "";
  if (!fresh) return "Searching…";
  if (count > 0) return `${count} ${count === 1 ? "entity" : "entities"} found.`;
  return q === "" ? "No entities in this project yet: type a name to create one." : `No entities match “${q}”.`;
}
