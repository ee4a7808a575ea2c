"use client";

import { startTransition, useCallback, useRef, useState, type RefObject } from "react";
import { afterNextPaint } from "./after-next-paint";

/** "after-paint": the ref now, the state (a render) in a transition after the next frame, with the store's copy. */
export type SetSelectedKey = (key: string | null, when?: "now" | "after-paint") => void;

/**
 * The selected annotation's key as React state, plus a ref that changes the
 * moment it is set. Highlights are painted from the store in the keystroke's
 * own task, before React renders: reading the ref there, a new claim is
 * painted already selected, in one paint — not painted, then repainted as
 * selected a frame later when the selection's render commits (at 5,000
 * annotations each highlight change costs the browser a frame's work).
 */
export function useSelectedKey(initial: string | null = null): [string | null, SetSelectedKey, RefObject<string | null>] {
  const [selectedKey, setState] = useState<string | null>(initial);
  const ref = useRef<string | null>(initial);
  const setSelectedKey = useCallback<SetSelectedKey>((key, when = "now") => {
    ref.current = key;
    if (when === "now") setState(key);
    else afterNextPaint(() => startTransition(() => setState(key)));
  }, []);
  return [selectedKey, setSelectedKey, ref];
}
