"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";

/**
 * The keyboard half of a combobox over a listbox (the command palette, the
 * project search): which option is active, its element id for
 * aria-activedescendant (scrolled into view when it changes), and the
 * input's keys — ArrowDown/ArrowUp move round the list, Enter chooses the
 * active option. `reset` goes back to the first option when the list changes.
 */
export function useComboboxOptions<T>(options: readonly T[], choose: (option: T | undefined) => void) {
  const listId = useId();
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, options.length - 1));
  const optionId = (index: number) => `${listId}-${index}`;
  const activeId = options[current] === undefined ? undefined : optionId(current);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = Math.max(1, options.length);
    if (event.key === "ArrowDown") setActive((current + 1) % count);
    else if (event.key === "ArrowUp") setActive((current - 1 + options.length) % count);
    else if (event.key === "Enter") choose(options[current]);
    else return;
    event.preventDefault();
  };

  // What the combobox's input carries (ComboboxInput spreads it).
  const inputProps = {
    role: "combobox",
    "aria-expanded": true,
    "aria-controls": listId,
    "aria-activedescendant": activeId,
    "aria-autocomplete": "list",
    onKeyDown,
  } as const;
  return { listId, current, optionId, setActive, reset: () => setActive(0), inputProps };
}
