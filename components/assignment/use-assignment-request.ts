"use client";

import { useCallback, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { readApiError } from "@/components/editor/panel/read-api-error";

// Sends one JSON request to an assignment route, then re-renders the page's
// server data. The error is the server's own sentence (4xx) or a generic one.
export function useAssignmentRequest() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = useCallback(
    async (method: string, url: string, body: unknown): Promise<unknown> => {
      setSending(true);
      setError(null);
      try {
        const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
        if (!response.ok) {
          setError(await readApiError(response));
          return null;
        }
        const data: unknown = await response.json();
        startTransition(() => router.refresh());
        return data;
      } catch {
        setError("Could not reach the server. Nothing was changed; try again.");
        return null;
      } finally {
        setSending(false);
      }
    },
    [router],
  );

  return { send, busy: sending || pending, error, clearError: () => setError(null) };
}
