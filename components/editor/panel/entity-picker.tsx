"use client";

import { useId, useRef, useState } from "react";
import type { KeyboardEvent, RefObject } from "react";
import { SearchIcon } from "lucide-react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { useEntitySearch } from "@/components/editor/panel/use-entity-search";
import { CreateEntityForm } from "@/components/editor/panel/create-entity-form";
import { EntityResultList } from "@/components/editor/panel/entity-result-list";
import type { EntityPickerOption } from "@/components/editor/panel/entity-result-list";
import { entitySearchMessage } from "@/components/editor/panel/entity-search-message";
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

  const options: EntityPickerOption[] = search.results.map((entity) => ({ kind: "entity", entity }));
  if (q !== "") options.push({ kind: "create", name: q });
  const activeIndex = Math.min(active, options.length - 1);
  const sameName = search.results.some((entity) => entity.name.toLocaleLowerCase() === q.toLocaleLowerCase());

  function focusInput() {
    ref.current?.focus();
  }

  function choose(option: EntityPickerOption) {
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
      <EntityResultList
        id={listId}
        label={label}
        options={options}
        activeIndex={activeIndex}
        optionId={optionId}
        hidden={!expanded}
        fresh={fresh}
        sameName={sameName}
        linkedIds={linkedIds}
        typeOf={typeOf}
        onActivate={setActive}
        onChoose={choose}
      />
      <p role="status" className={cn("text-xs text-muted-foreground", !open && "sr-only")}>
        {open ? entitySearchMessage(search, fresh, q, searchTypeId ? restrictedType?.name : undefined) : ""}
      </p>
      {open && search.status === "failed" ? (
        <p role="alert" className="text-xs text-destructive">
          Search failed: {search.error}
        </p>
      ) : null}
      {creating !== null ? (
        <CreateEntityForm
          // A new "Create …" choice starts a fresh form with the new name.
          key={creating}
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

