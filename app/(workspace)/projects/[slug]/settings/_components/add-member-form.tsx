"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { roleLabels, roleOrder } from "@/lib/auth/permissions";
import { addMemberAction } from "../actions";

export function AddMemberForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState(addMemberAction.bind(null, slug), null);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2">
      {state ? (
        <Alert variant={state.ok ? "default" : "destructive"} className="sm:col-span-2">
          <AlertDescription>
            {state.ok
              ? `Invitation sent to ${state.data.email}. They join once they accept it in their inbox. If the address had no account, one now exists with the first password you chose: hand it over privately.`
              : state.error}
          </AlertDescription>
        </Alert>
      ) : null}
      <div className="space-y-2">
        <Label htmlFor="member-name">Name</Label>
        <Input id="member-name" name="name" required />
      </div>
      <div className="space-y-2">
        <Label htmlFor="member-email">Email</Label>
        <Input id="member-email" name="email" type="email" required />
      </div>
      <div className="space-y-2">
        <Label htmlFor="member-password">First password</Label>
        <Input id="member-password" name="password" type="password" autoComplete="new-password" minLength={10} required />
      </div>
      <div className="space-y-2">
        <Label htmlFor="member-role">Role</Label>
        <NativeSelect id="member-role" name="role" defaultValue="ANNOTATOR" className="w-full">
          {roleOrder.map((r) => (
            <option key={r} value={r}>{roleLabels[r]}</option>
          ))}
        </NativeSelect>
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>{pending ? "Adding…" : "Add colleague"}</Button>
      </div>
    </form>
  );
}
