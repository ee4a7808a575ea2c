"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { MentionableMember } from "@/lib/review/review-dto";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/cn";
import { findMentionQuery, type MentionQuery } from "./find-mention-query";
import { matchMembers } from "./match-members";

type Props = {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  members: MentionableMember[];
  label: string;
  placeholder?: string;
  autoFocus?: boolean;
  textareaRef?: React.RefObject<HTMLTextAreaElement | null>;
};

// A textarea that offers project members after `@` (a combobox: arrows move,
// Enter or Tab inserts `@email `, Escape closes) and posts on Ctrl/⌘+Enter.
export function MentionTextarea({ value, onChange, onSubmit, members, label, placeholder, autoFocus, textareaRef }: Props) {
  const listId = useId();
  const ownRef = useRef<HTMLTextAreaElement | null>(null);
  const ref = textareaRef ?? ownRef;
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const options = query ? matchMembers(members, query.query) : [];
  const open = options.length > 0;

  function track(text: string, caret: number) {
    setQuery(findMentionQuery(text, caret));
    setActive(0);
  }

  function insert(member: MentionableMember) {
    if (!query) return;
    const caret = ref.current?.selectionStart ?? value.length;
    const next = `${value.slice(0, query.start)}@${member.email} ${value.slice(caret)}`;
    const at = query.start + member.email.length + 2;
    onChange(next);
    setQuery(null);
    requestAnimationFrame(() => ref.current?.setSelectionRange(at, at));
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
      return;
    }
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (i + (event.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      insert(options[active]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
    }
  }

  return (
    <div className="relative">
      <Textarea
        ref={ref}
        aria-label={label}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        value={value}
        placeholder={placeholder}
        autoFocus={autoFocus}
        rows={2}
        className="min-h-14"
        maxLength={10_000}
        onChange={(e) => {
          onChange(e.target.value);
          track(e.target.value, e.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onClick={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
        onBlur={() => setQuery(null)}
      />
      <ul id={listId} role="listbox" aria-label="Mention a project member" hidden={!open} className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-md border bg-popover py-1 text-sm text-popover-foreground shadow-md">
        {options.map((member, index) => (
          <li
            key={member.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={cn("flex cursor-pointer flex-col px-2 py-1", index === active && "bg-accent text-accent-foreground")}
            // mousedown, not click: the textarea must keep focus (blur closes the list).
            onMouseDown={(e) => {
              e.preventDefault();
              insert(member);
            }}
          >
            <span className="font-medium">{member.name}</span>
            <span className="text-xs text-muted-foreground">{member.email}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
