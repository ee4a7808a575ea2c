"use client";

import { useState, useSyncExternalStore, useTransition } from "react";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "../actions";

const noSubscription = () => () => undefined;

export function SignOutEverywhereButton() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  return (
    <div className="space-y-2">
      {error ? <p role="alert" data-slot="alert" className="text-sm text-destructive">{error}</p> : null}
      <Button
        variant="destructive"
        disabled={pending || !hydrated}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await signOutEverywhereAction();
            if (!result.ok) return setError(result.error);
            await signOut({ callbackUrl: "/sign-in" });
          })
        }
      >
        {pending ? "Signing out…" : "Sign out everywhere"}
      </Button>
    </div>
  );
}
