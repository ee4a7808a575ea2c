"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { roleLabels, roleOrder } from "@/lib/auth/permissions";
import { createInviteAction } from "../actions";

export function InviteForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState(createInviteAction.bind(null, slug), null);
  return (
    <form action={action} className="grid items-end gap-4 sm:grid-cols-[1fr_10rem_auto]">
      <div className="space-y-2">
        <Label htmlFor="invite-email">Email (optional)</Label>
        <Input id="invite-email" name="email" type="email" placeholder="colleague@newsroom.example" />
      </div>
      <div className="space-y-2">
        <Label htmlFor="invite-role">Role</Label>
        <NativeSelect id="invite-role" name="role" defaultValue="ANNOTATOR" className="w-full">
          {roleOrder.map((r) => (
            <option key={r} value={r}>{roleLabels[r]}</option>
          ))}
        </NativeSelect>
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create link"}</Button>
      {state ? (
        <Alert variant={state.ok ? "default" : "destructive"} className="sm:col-span-3">
          <AlertDescription>
            {state.ok ? (
              <>
                Send this link (shown once):{" "}
                <Input readOnly value={state.data.link} aria-label="Invite link" className="mt-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
              </>
            ) : (
              state.error
            )}
          </AlertDescription>
        </Alert>
      ) : null}
    </form>
  );
}
