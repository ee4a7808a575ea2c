"use client";

import { useCallback, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { apiRequest, ApiRequestError } from "@/components/api-client/api-request";

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
        const data = await apiRequest<unknown>(url, { method, body });
        startTransition(() => router.refresh());
        return data;
      } catch (failure) {
        setError(failure instanceof ApiRequestError && failure.status !== 0 ? failure.message : "Could not reach the server. Nothing was changed; try again.");
        return null;
      } finally {
        setSending(false);
      }
    },
    [router],
  );

  return { send, busy: sending || pending, error, clearError: () => setError(null) };
}
