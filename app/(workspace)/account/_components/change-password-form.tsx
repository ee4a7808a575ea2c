"use client";

import { useActionState, useEffect } from "react";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FormError } from "@/components/forms/form-error";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, null);

  // The change ended every session; clear this browser's cookie too.
  useEffect(() => {
    if (state?.ok) void signOut({ callbackUrl: "/sign-in?error=PasswordChanged" });
  }, [state]);

  return (
    <form action={action} className="space-y-4">
      <FormError message={state && !state.ok ? state.error : null} />
      {state?.ok ? <p role="status" className="text-sm">Password changed. Signing you out…</p> : null}
      <div className="space-y-2">
        <Label htmlFor="currentPassword">Current password</Label>
        <Input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required />
      </div>
      <div className="space-y-2">
        <Label htmlFor="newPassword">New password</Label>
        <Input id="newPassword" name="newPassword" type="password" autoComplete="new-password" minLength={10} required aria-describedby="new-password-hint" />
        <p id="new-password-hint" className="text-sm text-muted-foreground">
          At least 10 characters and hard to guess: a few unrelated words work well. Changing it signs you out everywhere.
        </p>
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Changing…" : "Change password"}</Button>
    </form>
  );
}
