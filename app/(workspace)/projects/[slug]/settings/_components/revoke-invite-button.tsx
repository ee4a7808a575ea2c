"use client";

import { useTransition, useState } from "react";
import { Button } from "@/components/ui/button";
import { revokeInviteAction } from "../actions";

export function RevokeInviteButton({ slug, inviteId }: { slug: string; inviteId: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="flex items-center gap-2">
      {error ? <span role="alert" className="text-destructive">{error}</span> : null}
      <Button
        variant="ghost"
        size="sm"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await revokeInviteAction(slug, inviteId);
            if (!result.ok) setError(result.error);
          })
        }
      >
        Revoke
      </Button>
    </span>
  );
}
