"use client";

import { useState, useTransition } from "react";
import { NativeSelect } from "@/components/ui/native-select";
import { Button } from "@/components/ui/button";
import { roleLabels, roleOrder } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleAction } from "../actions";

type Props = { slug: string; userId: string; name: string; role: Role };

export function MemberRoleControl({ slug, userId, name, role }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function change(next: Role | null) {
    setError(null);
    startTransition(async () => {
      const result = await changeRoleAction(slug, userId, next);
      if (!result.ok) setError(result.error);
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <NativeSelect aria-label={`Role of ${name}`} defaultValue={role} disabled={pending} onChange={(e) => change(e.target.value as Role)}>
        {roleOrder.map((r) => (
          <option key={r} value={r}>{roleLabels[r]}</option>
        ))}
      </NativeSelect>
      <Button variant="ghost" size="sm" disabled={pending} onClick={() => change(null)} aria-label={`Remove ${name} from the project`}>
        Remove
      </Button>
      {error ? <p role="alert" className="w-full text-sm text-destructive">{error}</p> : null}
    </div>
  );
}
