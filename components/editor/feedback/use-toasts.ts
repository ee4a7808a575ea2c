"use client";

import { useCallback, useRef, useState } from "react";

export type Toast = { id: number; message: string; tone: "info" | "error"; action?: { label: string; run: () => void } };

const LIFETIME_MS = 8000;

/** Short-lived messages with an optional action (Undo); each dismisses itself after 8 seconds. */
export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (toast: Omit<Toast, "id">) => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-2), { ...toast, id }]);
      setTimeout(() => dismiss(id), LIFETIME_MS);
      return id;
    },
    [dismiss],
  );
  return { toasts, push, dismiss };
}
