"use client";

import { useEffect, useState } from "react";
import { useComboboxOptions } from "@/components/ui/use-combobox-options";
import { ComboboxInput } from "@/components/ui/combobox-input";
import { SearchIcon } from "lucide-react";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { SEARCH_KIND_LABELS, type SearchHit } from "@/lib/search/search-hit";
import { OPEN_PROJECT_SEARCH_EVENT } from "./open-project-search";
import { SearchFilters } from "./search-filters";
import { SearchSnippet } from "./search-snippet";
import { NO_SEARCH_FILTERS, useProjectSearch, type SearchFilterValues } from "./use-project-search";

// Where `/` belongs to what has focus: text fields and other editable
// content. The article text is contenteditable only to carry a caret
// (nothing typed reaches it), so `/` there opens search too.
function typingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(".ProseMirror")) return false;
  return !!target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

/**
 * Project search: `/` anywhere in the workspace (or the header button, or
 * the editor's command palette) opens one box over the project's articles,
 * claims, notes, entities, evidence and comments. Arrow keys move through
 * the results, Enter opens one at its span.
 */
export function ProjectSearch({ projectSlug }: { projectSlug: string }) {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (event.defaultPrevented || typingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      setOpen(true);
    };
    const onOpen = () => setOpen(true);
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener(OPEN_PROJECT_SEARCH_EVENT, onOpen);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener(OPEN_PROJECT_SEARCH_EVENT, onOpen);
    };
  }, []);

  return (
    <>
      <Button variant="ghost" size="sm" className="gap-2 text-muted-foreground" onClick={() => setOpen(true)} aria-keyshortcuts="/">
        <SearchIcon aria-hidden="true" className="size-4" />
        <span className="hidden md:inline">Search</span>
        <kbd className="hidden rounded border px-1.5 font-mono text-[0.6875rem] md:inline">/</kbd>
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent showCloseButton={false} className="top-[12%] translate-y-0 gap-0 overflow-hidden p-0 sm:max-w-2xl" aria-describedby={undefined}>
          {open ? <SearchBody projectSlug={projectSlug} /> : null}
        </DialogContent>
      </Dialog>
    </>
  );
}

function SearchBody({ projectSlug }: { projectSlug: string }) {
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<SearchFilterValues>(NO_SEARCH_FILTERS);
  const { hits, loading, error, facets } = useProjectSearch(projectSlug, query, filters, true);
  // A full navigation, not a client one: the editor reads ?annotation= when
  // it mounts, and the result may be on the article already open.
  const go = (hit: SearchHit | undefined) => {
    if (hit) window.location.assign(hit.href);
  };
  const { listId, current, optionId, setActive, reset, inputProps } = useComboboxOptions(hits, go);

  return (
    <>
      <DialogTitle className="sr-only">Search the project</DialogTitle>
      <DialogDescription className="sr-only">Type words or a &ldquo;quoted phrase&rdquo;; arrow keys choose a result, Enter opens it.</DialogDescription>
      <ComboboxInput
        combobox={inputProps}
        aria-label="Search the project"
        placeholder="Search articles, claims, entities, notes, evidence, comments…"
        value={query}
        maxLength={200}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          reset();
        }}
      />
      <SearchFilters
        values={filters}
        facets={facets}
        onChange={(next) => {
          setFilters(next);
          reset();
        }}
      />
      <div id={listId} role="listbox" aria-label="Results" aria-busy={loading} className="max-h-[min(28rem,60dvh)] overflow-y-auto p-1">
        {error ? <p role="alert" className="px-3 py-6 text-center text-sm text-destructive">{error}</p> : null}
        {!error && query.trim() !== "" && !loading && hits.length === 0 ? (
          <p className="px-3 py-6 text-center text-sm text-muted-foreground">Nothing found.</p>
        ) : null}
        {hits.map((hit, index) => (
          <div
            key={`${hit.kind}-${hit.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            data-search-kind={hit.kind}
            data-search-id={hit.id}
            className={cn("cursor-pointer rounded-md px-3 py-2 text-sm", index === current && "bg-accent text-accent-foreground")}
            onMouseMove={() => setActive(index)}
            onClick={() => go(hit)}
          >
            <div className="flex items-center gap-2 text-xs text-muted-foreground">
              <span className="font-medium uppercase tracking-wide">{SEARCH_KIND_LABELS[hit.kind].replace(/s$/, "")}</span>
              <span className="min-w-0 truncate">{hit.title}</span>
              {hit.outlet ? <span className="shrink-0">· {hit.outlet}</span> : null}
              {hit.status ? <span className="shrink-0">· {hit.status.name}</span> : null}
              {hit.author ? <span className="shrink-0">· {hit.author.name}</span> : null}
            </div>
            <p className="mt-0.5 line-clamp-3 break-words">
              <SearchSnippet parts={hit.snippet} />
            </p>
          </div>
        ))}
      </div>
    </>
  );
}
